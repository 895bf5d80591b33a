#!/usr/bin/env python3
"""Writes the JSON Schemas (draft 2020-12) shipped in therapykit-core.

The schemas describe the wire format that the Jackson mix-ins in
core/src/main/java/org/therapykit/json/MixIns.java define; enum codes are read from the Java
enums so that the two cannot drift (SchemaTest also checks it). Run from the repository root:

    python3 tools/generate-json-schemas.py

and commit the result. The schemas are a structural contract: invariants that JSON Schema cannot
express (an end not before a start, unique licence numbers) are checked by the reader.
"""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAVA = ROOT / "core/src/main/java/org/therapykit"
OUT = ROOT / "core/src/main/resources/org/therapykit/json/schema"


def codes(path):
    text = (JAVA / path).read_text()
    found = re.findall(r'\n\s+[A-Z][A-Z_0-9]*\(\s*"([a-z0-9-]+)"', text)
    assert found, path
    return found


def finding_codes():
    text = (JAVA / "validation/FindingCode.java").read_text()
    found = re.findall(r'\n\s+[A-Z][A-Z_0-9]*\(\s*"([A-Z_]+)"\)', text)
    assert found
    return found


ENUMS = {
    "Profession": "practitioner/Profession.java",
    "LicenseStatus": "practitioner/LicenseStatus.java",
    "DegreeLevel": "practitioner/DegreeLevel.java",
    "OrganizationKind": "practitioner/OrganizationKind.java",
    "AffiliationRole": "practitioner/AffiliationRole.java",
    "CertifyingBody": "credential/CertifyingBody.java",
    "CertificationType": "credential/CertificationType.java",
    "CertificationStatus": "credential/CertificationStatus.java",
    "VerificationSource": "credential/VerificationSource.java",
    "TrainingCategory": "credential/TrainingCategory.java",
    "Delivery": "credential/Delivery.java",
    "Discipline": "credential/Discipline.java",
    "Classification": "qualification/Classification.java",
    "ScopeOfPractice": "qualification/ScopeOfPractice.java",
    "Requirement": "qualification/Requirement.java",
    "Severity": "validation/Severity.java",
    "PartyRole": "PartyRole.java",
    "FertilityStage": "client/FertilityStage.java",
    "UnitKind": "client/UnitKind.java",
    "ReferralReason": "referral/ReferralReason.java",
    "ReferralStatus": "referral/ReferralStatus.java",
    "HistoryTopic": "intake/HistoryTopic.java",
    "Answer": "intake/Answer.java",
    "IntakeStatus": "intake/IntakeStatus.java",
    "ReasonForAttending": "intake/ReasonForAttending.java",
    "Signer": "consent/Signer.java",
    "InformationCategory": "consent/InformationCategory.java",
    "DisclosurePurpose": "consent/DisclosurePurpose.java",
    "ExpiryEvent": "consent/ExpiryEvent.java",
    "PlanStatus": "plan/PlanStatus.java",
    "RevisionReason": "plan/RevisionReason.java",
    "GoalCategory": "plan/GoalCategory.java",
    "SexualDysfunction": "plan/SexualDysfunction.java",
    "GoalLifecycleStatus": "plan/GoalLifecycleStatus.java",
    "GoalAchievementStatus": "plan/GoalAchievementStatus.java",
    "SessionKind": "plan/SessionKind.java",
    "HomeworkKind": "plan/HomeworkKind.java",
    "HomeworkStatus": "plan/HomeworkStatus.java",
    "PracticeArea": "qualification/PracticeArea.java",
    "ServiceMode": "directory/ServiceMode.java",
    "PlacementReason": "directory/PlacementReason.java",
    "ExclusionReason": "directory/ExclusionReason.java",
    "DisclosureOutcome": "consent/DisclosureOutcome.java",
}


def enum(name):
    return {"$ref": "#/$defs/" + name}


def text(max_length):
    return {"type": "string", "minLength": 1, "maxLength": max_length, "pattern": "\\S"}


def ref(name):
    return {"$ref": "#/$defs/" + name}


def array(name):
    return {"type": "array", "items": ref(name)}


def unique_array(name):
    return {"type": "array", "uniqueItems": True, "items": ref(name)}


def count(minimum, maximum=None):
    c = {"type": "integer", "minimum": minimum}
    if maximum is not None:
        c["maximum"] = maximum
    return c


def obj(properties, required):
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
    }


COMMON = {
    "Identifier": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"},
    "Date": {
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": "ISO 8601 calendar date, yyyy-MM-dd.",
    },
    "DateRange": {
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}/([0-9]{4}-[0-9]{2}-[0-9]{2}|\\.\\.)$",
        "description": "Inclusive start/end, or start/.. for an open end (ISO 8601-2).",
    },
    "Jurisdiction": {
        "type": "string",
        "pattern": "^[A-Z]{2}(-[A-Z0-9]{1,3})?$",
        "description": "ISO 3166-1 alpha-2 country, optionally -subdivision, e.g. US-FL.",
    },
    "Hours": {
        "type": "number",
        "minimum": 0,
        "maximum": 10000000,
        "multipleOf": 0.01,
        "description": "Clock hours with at most two decimal places.",
    },
    "Pointer": {"type": "string", "pattern": "^(/.*)?$", "description": "RFC 6901 JSON Pointer."},
    "SetId": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$"},
    "Language": {
        "type": "string",
        "pattern": "^[a-z]{2,3}(-[A-Z]{2})?$",
        "description": "ISO 639 language code, optionally with an ISO 3166 region, e.g. es or fr-CA.",
    },
}

PRACTITIONER = {
    "Practitioner": obj(
        {
            "id": ref("Identifier"),
            "displayName": text(200),
            "licenses": array("License"),
            "degrees": array("Degree"),
            "certifications": array("Certification"),
            "memberships": array("Membership"),
            "trainings": array("TrainingRecord"),
            "supervisedPractice": array("SupervisedPractice"),
            "affiliations": array("Affiliation"),
            "services": ref("ServiceProfile"),
        },
        ["id", "displayName"],
    ),
    "ServiceProfile": obj(
        {
            "inPersonAt": unique_array("Identifier"),
            "telehealthIn": unique_array("Jurisdiction"),
            "acceptingNewClients": {"type": "boolean"},
            "languages": unique_array("Language"),
            "units": unique_array("UnitKind"),
        },
        [],
    ),
    "License": obj(
        {
            "profession": enum("Profession"),
            "jurisdiction": ref("Jurisdiction"),
            "number": text(64),
            "title": text(32),
            "validity": ref("DateRange"),
            "status": enum("LicenseStatus"),
            "provisional": {"type": "boolean"},
        },
        ["profession", "jurisdiction", "number", "validity", "status"],
    ),
    "Degree": obj(
        {
            "level": enum("DegreeLevel"),
            "field": text(200),
            "institution": text(200),
            "awarded": ref("Date"),
            "clinical": {"type": "boolean"},
            "humanService": {"type": "boolean"},
        },
        ["level", "field", "awarded"],
    ),
    "Affiliation": obj(
        {
            "organizationId": ref("Identifier"),
            "organizationName": text(200),
            "organizationKind": enum("OrganizationKind"),
            "role": enum("AffiliationRole"),
            "period": ref("DateRange"),
        },
        ["organizationId", "organizationName", "organizationKind", "role"],
    ),
    "Certification": obj(
        {
            "body": enum("CertifyingBody"),
            "type": enum("CertificationType"),
            "number": text(64),
            "validity": ref("DateRange"),
            "status": enum("CertificationStatus"),
            "requirementsVersion": {"type": "string", "pattern": "^[A-Za-z0-9.-]{1,32}$"},
            "verification": ref("Verification"),
        },
        ["body", "type", "number", "validity", "status"],
    ),
    "Verification": obj(
        {"source": enum("VerificationSource"), "lastVerified": ref("Date")}, ["source"]
    ),
    "Membership": obj(
        {"body": enum("CertifyingBody"), "period": ref("DateRange")}, ["body", "period"]
    ),
    "TrainingRecord": obj(
        {
            "category": enum("TrainingCategory"),
            "hours": ref("Hours"),
            "delivery": enum("Delivery"),
            "completed": ref("Date"),
            "provider": text(200),
            "title": text(200),
        },
        ["category", "hours", "delivery", "completed"],
    ),
    "SupervisedPractice": obj(
        {
            "discipline": enum("Discipline"),
            "contractSigned": ref("Date"),
            "period": ref("DateRange"),
            "practiceHours": ref("Hours"),
            "telehealthHours": ref("Hours"),
            "directTeachingHours": ref("Hours"),
            "individualSupervisionHours": ref("Hours"),
            "groupSupervisionHours": ref("Hours"),
        },
        ["discipline", "contractSigned", "period", "practiceHours"],
    ),
}

ASSESSMENT = {
    "QualificationAssessment": obj(
        {
            "practitionerId": ref("Identifier"),
            "asOf": ref("Date"),
            "policyId": ref("SetId"),
            "classification": enum("Classification"),
            "scope": enum("ScopeOfPractice"),
            "requirements": array("RequirementResult"),
            "findings": array("Finding"),
        },
        ["practitionerId", "asOf", "policyId", "classification"],
    ),
    "RequirementResult": obj(
        {
            "requirementSetId": ref("SetId"),
            "discipline": enum("Discipline"),
            "requirement": enum("Requirement"),
            "met": {"type": "boolean"},
            "actual": ref("Hours"),
            "required": ref("Hours"),
            "path": ref("Pointer"),
        },
        ["requirementSetId", "discipline", "requirement", "met", "path"],
    ),
    "Finding": obj(
        {
            "code": enum("FindingCode"),
            "path": ref("Pointer"),
            "severity": enum("Severity"),
            "message": {"type": "string"},
        },
        ["code", "path", "severity", "message"],
    ),
}

CASE = {
    "Party": obj(
        {
            "role": enum("PartyRole"),
            "name": text(200),
            "practitioner": ref("Identifier"),
            "organization": ref("Identifier"),
            "client": ref("Identifier"),
        },
        ["role"],
    ),
    "Client": obj({"id": ref("Identifier"), "displayName": text(200)}, ["id"]),
    "FertilityContext": obj(
        {"stage": enum("FertilityStage"), "clinic": ref("Identifier")}, ["stage"]
    ),
    "TreatedUnit": obj(
        {
            "kind": enum("UnitKind"),
            "clients": {"type": "array", "minItems": 1, "maxItems": 2, "items": ref("Client")},
            "fertilityContext": ref("FertilityContext"),
        },
        ["kind", "clients"],
    ),
    "Referral": obj(
        {
            "id": ref("Identifier"),
            "referrer": ref("Party"),
            "recipient": ref("Party"),
            "authoredOn": ref("Date"),
            "reason": enum("ReferralReason"),
            "status": enum("ReferralStatus"),
            "statusDate": ref("Date"),
            "expiresOn": ref("Date"),
        },
        ["id", "referrer", "recipient", "authoredOn", "reason", "status"],
    ),
    "HistoryItem": obj(
        {"topic": enum("HistoryTopic"), "answer": enum("Answer"), "note": text(1000)},
        ["topic", "answer"],
    ),
    "HistorySection": obj({"items": array("HistoryItem"), "notes": text(5000)}, []),
    "IntakeForm": obj(
        {
            "client": ref("Identifier"),
            "status": enum("IntakeStatus"),
            "completedOn": ref("Date"),
            "physicalHistory": ref("HistorySection"),
            "mentalHealthHistory": ref("HistorySection"),
            "sexualHistory": ref("HistorySection"),
            "reasons": unique_array("ReasonForAttending"),
            "reasonsText": text(2000),
            "topics": {"type": "array", "items": text(500)},
        },
        ["client", "status"],
    ),
    "Signature": obj(
        {
            "signedOn": ref("Date"),
            "signer": enum("Signer"),
            "representativeAuthority": text(500),
        },
        ["signedOn", "signer"],
    ),
    "TreatmentConsent": obj(
        {"client": ref("Identifier"), "signature": ref("Signature"), "withdrawnOn": ref("Date")},
        ["client", "signature"],
    ),
    "ReleaseAuthorization": obj(
        {
            "id": ref("Identifier"),
            "subject": ref("Identifier"),
            "discloser": ref("Party"),
            "recipients": array("Party"),
            "categories": unique_array("InformationCategory"),
            "purposes": unique_array("DisclosurePurpose"),
            "expiresOn": ref("Date"),
            "expiryEvent": enum("ExpiryEvent"),
            "expiryEventOccurredOn": ref("Date"),
            "signature": ref("Signature"),
            "revokedOn": ref("Date"),
            "revocationStatement": {"type": "boolean"},
            "conditioningStatement": {"type": "boolean"},
            "redisclosureStatement": {"type": "boolean"},
        },
        ["id", "subject", "discloser", "signature"],
    ),
    "Disclosure": obj(
        {
            "date": ref("Date"),
            "recipient": ref("Party"),
            "categories": unique_array("InformationCategory"),
            "subjects": unique_array("Identifier"),
            "purpose": enum("DisclosurePurpose"),
            "authorizations": unique_array("Identifier"),
        },
        ["date", "recipient", "purpose"],
    ),
    "PlanVersion": obj(
        {
            "number": count(1),
            "effectiveFrom": ref("Date"),
            "plannedSessions": count(1, 100),
            "reviewSessions": {"type": "array", "items": count(1, 100)},
            "status": enum("PlanStatus"),
            "revisionReason": enum("RevisionReason"),
        },
        ["number", "effectiveFrom", "plannedSessions", "status"],
    ),
    "TreatmentPlan": obj({"versions": array("PlanVersion")}, []),
    "GoalTarget": obj(
        {"measure": text(200), "detail": text(200), "due": ref("Date")}, ["measure"]
    ),
    "GoalRevision": obj(
        {
            "date": ref("Date"),
            "lifecycleStatus": enum("GoalLifecycleStatus"),
            "achievementStatus": enum("GoalAchievementStatus"),
            "description": text(2000),
            "target": ref("GoalTarget"),
        },
        ["date", "lifecycleStatus", "description"],
    ),
    "Goal": obj(
        {
            "id": ref("Identifier"),
            "category": enum("GoalCategory"),
            "dysfunction": enum("SexualDysfunction"),
            "owners": unique_array("Identifier"),
            "revisions": array("GoalRevision"),
        },
        ["id", "category"],
    ),
    "ProgressNote": obj({"text": text(20000)}, ["text"]),
    "PsychotherapyNote": obj({"text": text(20000)}, ["text"]),
    "Session": obj(
        {
            "number": count(1),
            "date": ref("Date"),
            "kind": enum("SessionKind"),
            "attendees": unique_array("Identifier"),
            "addressedGoals": unique_array("Identifier"),
            "progressNote": ref("ProgressNote"),
            "psychotherapyNote": ref("PsychotherapyNote"),
        },
        ["number", "date", "kind"],
    ),
    "HomeworkOutcome": obj(
        {"reviewedInSession": count(1), "status": enum("HomeworkStatus"), "note": text(2000)},
        ["reviewedInSession", "status"],
    ),
    "HomeworkAssignment": obj(
        {
            "id": ref("Identifier"),
            "kind": enum("HomeworkKind"),
            "description": text(2000),
            "assignees": unique_array("Identifier"),
            "assignedInSession": count(1),
            "due": ref("Date"),
            "outcome": ref("HomeworkOutcome"),
        },
        ["id", "kind", "description", "assignedInSession"],
    ),
    "TherapyCase": obj(
        {
            "id": ref("Identifier"),
            "practitioner": ref("Practitioner"),
            "unit": ref("TreatedUnit"),
            "referral": ref("Referral"),
            "intakes": array("IntakeForm"),
            "consents": array("TreatmentConsent"),
            "authorizations": array("ReleaseAuthorization"),
            "disclosures": array("Disclosure"),
            "plan": ref("TreatmentPlan"),
            "goals": array("Goal"),
            "sessions": array("Session"),
            "homework": array("HomeworkAssignment"),
        },
        ["id", "practitioner", "unit"],
    ),
    "CaseReport": obj(
        {
            "caseId": ref("Identifier"),
            "qualificationPolicyId": ref("SetId"),
            "findings": array("Finding"),
        },
        ["caseId", "qualificationPolicyId"],
    ),
}

DIRECTORY = {
    "Coordinates": obj(
        {
            "latitude": {"type": "number", "minimum": -90, "maximum": 90},
            "longitude": {"type": "number", "minimum": -180, "maximum": 180},
        },
        ["latitude", "longitude"],
    ),
    "Location": obj(
        {
            "jurisdiction": ref("Jurisdiction"),
            "locality": text(100),
            "postalCode": text(16),
            "coordinates": ref("Coordinates"),
        },
        ["jurisdiction"],
    ),
    "Organization": obj(
        {
            "id": ref("Identifier"),
            "name": text(200),
            "kind": enum("OrganizationKind"),
            "location": ref("Location"),
        },
        ["id", "name", "kind", "location"],
    ),
    "DirectoryQuery": obj(
        {
            "referringOrganization": ref("Identifier"),
            "clientLocation": ref("Location"),
            "concern": enum("PracticeArea"),
            "unit": enum("UnitKind"),
            "telehealthAcceptable": {"type": "boolean"},
            "maxTravelKm": count(1, 20000),
            "language": ref("Language"),
            "asOf": ref("Date"),
            "limit": count(1, 1000),
        },
        ["clientLocation", "concern", "asOf"],
    ),
    "Candidate": obj(
        {
            "rank": count(1),
            "practitionerId": ref("Identifier"),
            "displayName": text(200),
            "classification": enum("Classification"),
            "mode": enum("ServiceMode"),
            "organization": ref("Identifier"),
            "distanceKm": {"type": "number", "minimum": 0},
            "reasons": {"type": "array", "items": enum("PlacementReason")},
        },
        ["rank", "practitionerId", "displayName", "classification", "mode", "reasons"],
    ),
    "Exclusion": obj(
        {
            "practitionerId": ref("Identifier"),
            "reasons": {"type": "array", "minItems": 1, "items": enum("ExclusionReason")},
        },
        ["practitionerId", "reasons"],
    ),
    "DirectoryResult": obj(
        {
            "query": ref("DirectoryQuery"),
            "candidates": array("Candidate"),
            "eligibleCount": count(0),
            "excluded": array("Exclusion"),
            "notConsidered": count(0),
        },
        ["query", "eligibleCount", "notConsidered"],
    ),
}

DISCLOSURE = {
    "DisclosureRequest": obj(
        {
            "requester": ref("Party"),
            "purpose": enum("DisclosurePurpose"),
            "subjects": {"type": "array", "minItems": 1, "uniqueItems": True, "items": ref("Identifier")},
            "categories": {
                "type": "array",
                "minItems": 1,
                "uniqueItems": True,
                "items": ref("InformationCategory"),
            },
            "date": ref("Date"),
        },
        ["requester", "purpose", "subjects", "categories", "date"],
    ),
    "DisclosureDecision": obj(
        {
            "caseId": ref("Identifier"),
            "request": ref("DisclosureRequest"),
            "outcome": enum("DisclosureOutcome"),
            "permittedCategories": unique_array("InformationCategory"),
            "authorizations": unique_array("Identifier"),
            "findings": array("Finding"),
        },
        ["caseId", "request", "outcome"],
    ),
}

DOCUMENTS = [
    (
        "practitioner",
        "TherapyKit practitioner document",
        "A practitioner with their licences, degrees, certifications, memberships, training,"
        " supervised practice and affiliations.",
        PRACTITIONER,
    ),
    (
        "qualificationAssessment",
        "TherapyKit qualification assessment document",
        "What a practitioner is on a date under a qualification policy, with every requirement"
        " evaluated and the findings.",
        ASSESSMENT,
    ),
    (
        "therapyCase",
        "TherapyKit therapy case document",
        "A course of therapy: the practitioner, the individual or couple treated, referral,"
        " intakes, consents, release authorisations, disclosures, plan, goals, sessions and"
        " homework. Free-text fields hold sensitive information.",
        {"TherapyCase": CASE["TherapyCase"]},
    ),
    (
        "caseReport",
        "TherapyKit case report document",
        "The findings of the case rules for one therapy case.",
        {"CaseReport": CASE["CaseReport"]},
    ),
    (
        "referral",
        "TherapyKit referral document",
        "A referral from a health-care provider to a practitioner or organisation.",
        {"Referral": CASE["Referral"]},
    ),
    (
        "releaseAuthorization",
        "TherapyKit release authorisation document",
        "One partner's authorisation to release categories of their information to named"
        " recipients, for named purposes, until an expiry date or event.",
        {"ReleaseAuthorization": CASE["ReleaseAuthorization"]},
    ),
    (
        "treatmentPlan",
        "TherapyKit treatment plan document",
        "A short, goal-focused course of therapy: its versions, each with a planned number of"
        " sessions.",
        {"TreatmentPlan": CASE["TreatmentPlan"]},
    ),
    (
        "organization",
        "TherapyKit organisation document",
        "An organisation where practitioners work or that refers clients, with its location.",
        {"Organization": DIRECTORY["Organization"]},
    ),
    (
        "directoryQuery",
        "TherapyKit directory query document",
        "A search for practitioners who can take a referral.",
        {"DirectoryQuery": DIRECTORY["DirectoryQuery"]},
    ),
    (
        "directoryResult",
        "TherapyKit directory result document",
        "Ranked candidates with the reasons for their places, and the practitioners excluded with"
        " their reasons.",
        {"DirectoryResult": DIRECTORY["DirectoryResult"]},
    ),
    (
        "disclosureRequest",
        "TherapyKit disclosure request document",
        "A question before a release: may this requester, for this purpose, on this date, see"
        " these categories of these clients' information?",
        {"DisclosureRequest": DISCLOSURE["DisclosureRequest"]},
    ),
    (
        "disclosureDecision",
        "TherapyKit disclosure decision document",
        "The answer to a disclosure request, as an audit record: the case id, the request, permit"
        " or deny, exactly the categories permitted, the authorisations relied on, and the"
        " findings.",
        {"DisclosureDecision": DISCLOSURE["DisclosureDecision"]},
    ),
]


def used_refs(node, found):
    if isinstance(node, dict):
        if "$ref" in node:
            found.add(node["$ref"].split("/")[-1])
        for v in node.values():
            used_refs(v, found)
    elif isinstance(node, list):
        for v in node:
            used_refs(v, found)
    return found


def main():
    enum_defs = {name: {"type": "string", "enum": codes(path)} for name, path in ENUMS.items()}
    enum_defs["FindingCode"] = {"type": "string", "enum": finding_codes()}
    every = {**COMMON, **enum_defs, **PRACTITIONER, **ASSESSMENT, **CASE, **DIRECTORY, **DISCLOSURE}
    OUT.mkdir(parents=True, exist_ok=True)
    for kind, title, description, defs in DOCUMENTS:
        root = kind[0].upper() + kind[1:]
        keep = set(defs)
        while True:  # close over every definition the document uses
            more = used_refs({k: every[k] for k in keep}, set()) - keep
            if not more:
                break
            keep |= more
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "urn:org.therapykit:json:%s:1" % kind,
            "title": title,
            "description": description
            + " Structural contract: invariants JSON Schema cannot express are checked by the"
            " reader.",
            "type": "object",
            "additionalProperties": False,
            "required": ["formatVersion", kind],
            "properties": {
                "formatVersion": {
                    "type": "string",
                    "pattern": "^1\\.[0-9]{1,4}$",
                    "description": "Format version major.minor; this schema describes 1.x.",
                },
                kind: ref(root),
            },
            "$defs": {k: every[k] for k in sorted(keep)},
        }
        (OUT / (kind + ".schema.json")).write_text(json.dumps(schema, indent=2) + "\n")


if __name__ == "__main__":
    main()
