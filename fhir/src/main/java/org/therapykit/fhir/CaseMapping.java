package org.therapykit.fhir;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Timing;
import org.jspecify.annotations.Nullable;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.InformationCategory;
import org.therapykit.course.TherapyCase;
import org.therapykit.intake.HistorySectionKind;
import org.therapykit.intake.ReasonForAttending;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.SessionKind;
import org.therapykit.referral.ReferralReason;
import org.therapykit.validation.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** TherapyCase ↔ a FHIR {@code collection} bundle of the course of therapy's resources. */
final class CaseMapping {
  static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
  static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
  static final String CONSENT_POLICY = "http://terminology.hl7.org/CodeSystem/consentpolicycodes";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

  // ---- the mapping table ----------------------------------------------------------------------

  static final Native CASE_ID =
      new Native(
          "TherapyCase",
          "id",
          "Basic.identifier.value",
          "the case's `Basic` (code `therapy-case`); identifier system `" + Elements.ID + "case`");
  static final Native CASE_PRACTITIONER =
      new Native(
          "TherapyCase",
          "practitioner",
          "Basic.author",
          "the practitioner's resources, as for a practitioner alone");
  static final Native CASE_UNIT = new Native("TherapyCase", "unit", "Basic.subject", "a Group");
  static final Native CLIENT_ID =
      new Native(
          "Client",
          "id",
          "Patient.identifier.value",
          "identifier system `" + Elements.ID + "client`");
  static final Native CLIENT_NAME = new Native("Client", "displayName", "Patient.name.text", "");
  static final Native UNIT_KIND =
      new Native(
          "TreatedUnit",
          "kind",
          "Group.code",
          "CodeSystem `unit-kind`; an individual is a Group of one, so that every resource of the"
              + " course has the same subject");
  static final Native UNIT_CLIENTS =
      new Native("TreatedUnit", "clients", "Group.member.entity", "each a Patient, in order");
  static final Native REFERRAL_ID =
      new Native(
          "Referral",
          "id",
          "ServiceRequest.identifier.value",
          "identifier system `" + Elements.ID + "referral`");
  static final Native REFERRAL_STATUS =
      new Native("Referral", "status", "ServiceRequest.status", "the same codes");
  static final Native REFERRAL_AUTHORED =
      new Native("Referral", "authoredOn", "ServiceRequest.authoredOn", "");
  static final Native REFERRAL_REASON =
      new Native("Referral", "reason", "ServiceRequest.reasonCode", "CodeSystem `referral-reason`");
  static final Native REFERRAL_REFERRER =
      Native.writtenOnly("Referral", "referrer", "ServiceRequest.requester.display", "the name");
  static final Native REFERRAL_RECIPIENT =
      Native.writtenOnly("Referral", "recipient", "ServiceRequest.performer.display", "the name");
  static final Native INTAKE_CLIENT =
      new Native("IntakeForm", "client", "QuestionnaireResponse.subject", "the client's Patient");
  static final Native INTAKE_STATUS =
      new Native("IntakeForm", "status", "QuestionnaireResponse.status", "the same codes");
  static final Native INTAKE_COMPLETED =
      new Native("IntakeForm", "completedOn", "QuestionnaireResponse.authored", "");
  static final Native INTAKE_PHYSICAL =
      new Native(
          "IntakeForm",
          "physicalHistory",
          "QuestionnaireResponse.item('physical-history')",
          "one `.item` group per answer (topic, answer, note), then `.notes`");
  static final Native INTAKE_MENTAL =
      new Native(
          "IntakeForm",
          "mentalHealthHistory",
          "QuestionnaireResponse.item('mental-health-history')",
          "as above");
  static final Native INTAKE_SEXUAL =
      new Native(
          "IntakeForm",
          "sexualHistory",
          "QuestionnaireResponse.item('sexual-history')",
          "as above");
  static final Native INTAKE_REASONS =
      new Native(
          "IntakeForm",
          "reasons",
          "QuestionnaireResponse.item('reasons').answer.valueCoding",
          "CodeSystem `reason-for-attending`");
  static final Native INTAKE_REASONS_TEXT =
      new Native(
          "IntakeForm",
          "reasonsText",
          "QuestionnaireResponse.item('reasons-text').answer.valueString",
          "");
  static final Native INTAKE_TOPICS =
      new Native(
          "IntakeForm",
          "topics",
          "QuestionnaireResponse.item('topics').answer.valueString",
          "in order");
  static final Native CONSENT_CLIENT =
      new Native("TreatmentConsent", "client", "Consent.patient", "scope `treatment`");
  static final Native CONSENT_SIGNATURE =
      Native.writtenOnly(
          "TreatmentConsent", "signature", "Consent.dateTime", "the date signed (`signedOn`)");
  static final Native CONSENT_WITHDRAWN =
      Native.writtenOnly(
          "TreatmentConsent",
          "withdrawnOn",
          "Consent.status",
          "`inactive` if withdrawn, else" + " `active`");
  static final Native AUTH_ID =
      new Native(
          "ReleaseAuthorization",
          "id",
          "Consent.identifier.value",
          "scope `patient-privacy`, policy rule `hipaa-auth`; identifier system `"
              + Elements.ID
              + "authorization`");
  static final Native AUTH_SUBJECT =
      new Native("ReleaseAuthorization", "subject", "Consent.patient", "");
  static final Native AUTH_CATEGORIES =
      new Native(
          "ReleaseAuthorization",
          "categories",
          "Consent.provision.class",
          "CodeSystem `information-category`");
  static final Native AUTH_PURPOSES =
      new Native(
          "ReleaseAuthorization",
          "purposes",
          "Consent.provision.purpose",
          "CodeSystem `disclosure-purpose`");
  static final Native AUTH_EXPIRES =
      new Native("ReleaseAuthorization", "expiresOn", "Consent.provision.period.end", "");
  static final Native AUTH_SIGNATURE =
      Native.writtenOnly(
          "ReleaseAuthorization",
          "signature",
          "Consent.dateTime; Consent.provision.period.start",
          "the date signed");
  static final Native AUTH_RECIPIENTS =
      Native.writtenOnly(
          "ReleaseAuthorization",
          "recipients",
          "Consent.provision.actor",
          "role `IRCP` (information recipient), the party's name as the reference's display");
  static final Native AUTH_REVOKED =
      Native.writtenOnly(
          "ReleaseAuthorization",
          "revokedOn",
          "Consent.status",
          "`inactive` if revoked, else `active`");
  static final Native PLAN_STATUS =
      new Native(
          "PlanVersion",
          "status",
          "CarePlan.status",
          "one CarePlan per version (category `course-of-therapy`), each `replaces` the one"
              + " before");
  static final Native PLAN_EFFECTIVE =
      new Native("PlanVersion", "effectiveFrom", "CarePlan.period.start", "");
  static final Native PLAN_SESSIONS =
      new Native(
          "PlanVersion",
          "plannedSessions",
          "CarePlan.activity.detail.scheduledTiming.repeat.count",
          "one activity, kind `Appointment`");
  static final Native GOAL_ID =
      new Native(
          "Goal", "id", "Goal.identifier.value", "identifier system `" + Elements.ID + "goal`");
  static final Native GOAL_CATEGORY =
      new Native("Goal", "category", "Goal.category", "CodeSystem `goal-category`");
  static final Native GOAL_OWNERS =
      Native.writtenOnly(
          "Goal", "owners", "Goal.subject", "the Patient of a single owner, else the Group");
  static final Native GOAL_REVISIONS =
      new Native(
          "Goal",
          "revisions",
          "Goal.lifecycleStatus, .achievementStatus, .description.text, .statusDate,"
              + " .target (measure.text, detailString, dueDate)",
          "the last revision, the goal as it stands; earlier revisions travel in the extension");
  static final Native SESSION_DATE = new Native("Session", "date", "Encounter.period.start", "");
  static final Native SESSION_KIND =
      new Native(
          "Session",
          "kind",
          "Encounter.type",
          "CodeSystem `session-kind`; status `finished`, class `AMB`");
  static final Native SESSION_PSYCHOTHERAPY_NOTE =
      Native.writtenOnly(
          "Session",
          "psychotherapyNote",
          "(none)",
          "never exported: left out with a `WITHHELD` finding");
  static final Native HOMEWORK_ID =
      new Native(
          "HomeworkAssignment",
          "id",
          "Task.identifier.value",
          "identifier system `" + Elements.ID + "homework`; intent `plan`");
  static final Native HOMEWORK_KIND =
      new Native(
          "HomeworkAssignment",
          "kind",
          "Task.code",
          "CodeSystem `homework-kind`, beside the concept `homework`");
  static final Native HOMEWORK_DESCRIPTION =
      new Native("HomeworkAssignment", "description", "Task.description", "");
  static final Native HOMEWORK_DUE =
      new Native("HomeworkAssignment", "due", "Task.restriction.period.end", "");
  static final Native HOMEWORK_OUTCOME =
      Native.writtenOnly(
          "HomeworkAssignment",
          "outcome",
          "Task.status",
          "`requested` before review; `completed`, `failed` (not done) or `cancelled` (no"
              + " longer relevant) after");

  /** The intake form's history sections, each a group of the questionnaire. */
  private static final ImmutableMap<HistorySectionKind, Native> SECTIONS =
      ImmutableMap.of(
          HistorySectionKind.PHYSICAL, INTAKE_PHYSICAL,
          HistorySectionKind.MENTAL_HEALTH, INTAKE_MENTAL,
          HistorySectionKind.SEXUAL, INTAKE_SEXUAL);

  static final ImmutableList<Native> NATIVES =
      ImmutableList.of(
          CASE_ID,
          CASE_PRACTITIONER,
          CASE_UNIT,
          UNIT_KIND,
          UNIT_CLIENTS,
          CLIENT_ID,
          CLIENT_NAME,
          REFERRAL_ID,
          REFERRAL_STATUS,
          REFERRAL_AUTHORED,
          REFERRAL_REASON,
          REFERRAL_REFERRER,
          REFERRAL_RECIPIENT,
          INTAKE_CLIENT,
          INTAKE_STATUS,
          INTAKE_COMPLETED,
          INTAKE_PHYSICAL,
          INTAKE_MENTAL,
          INTAKE_SEXUAL,
          INTAKE_REASONS,
          INTAKE_REASONS_TEXT,
          INTAKE_TOPICS,
          CONSENT_CLIENT,
          CONSENT_SIGNATURE,
          CONSENT_WITHDRAWN,
          AUTH_ID,
          AUTH_SUBJECT,
          AUTH_CATEGORIES,
          AUTH_PURPOSES,
          AUTH_EXPIRES,
          AUTH_SIGNATURE,
          AUTH_RECIPIENTS,
          AUTH_REVOKED,
          PLAN_STATUS,
          PLAN_EFFECTIVE,
          PLAN_SESSIONS,
          GOAL_ID,
          GOAL_CATEGORY,
          GOAL_OWNERS,
          GOAL_REVISIONS,
          SESSION_DATE,
          SESSION_KIND,
          SESSION_PSYCHOTHERAPY_NOTE,
          HOMEWORK_ID,
          HOMEWORK_KIND,
          HOMEWORK_DESCRIPTION,
          HOMEWORK_DUE,
          HOMEWORK_OUTCOME);

  static final Carried CASE_REST = Carried.of("TherapyCase", "Basic.extension", "therapy-case");
  static final Carried UNIT_REST = Carried.of("TreatedUnit", "Group.extension", "treated-unit");
  static final Carried CLIENT_REST = Carried.of("Client", "Patient.extension", "client");
  static final Carried REFERRAL_REST =
      Carried.of("Referral", "ServiceRequest.extension", "referral");
  static final Carried INTAKE_REST =
      Carried.of("IntakeForm", "QuestionnaireResponse.extension", "intake-form");
  static final Carried CONSENT_REST =
      Carried.of("TreatmentConsent", "Consent.extension", "treatment-consent");
  static final Carried AUTH_REST =
      Carried.of("ReleaseAuthorization", "Consent.extension", "release-authorization");
  static final Carried PLAN_REST = Carried.of("PlanVersion", "CarePlan.extension", "plan-version");
  static final Carried GOAL_REST = Carried.of("Goal", "Goal.extension", "goal");
  static final Carried SESSION_REST = Carried.of("Session", "Encounter.extension", "session");
  static final Carried HOMEWORK_REST =
      Carried.of("HomeworkAssignment", "Task.extension", "homework-assignment");

  static final ImmutableList<Carried> CARRIED =
      ImmutableList.of(
          CASE_REST,
          UNIT_REST,
          CLIENT_REST,
          REFERRAL_REST,
          INTAKE_REST,
          CONSENT_REST,
          AUTH_REST,
          PLAN_REST,
          GOAL_REST,
          SESSION_REST,
          HOMEWORK_REST);

  private CaseMapping() {}

  // ---- TherapyKit → FHIR ---------------------------------------------------------------------

  /** Writes a case; psychotherapy notes are withheld, with a finding each. */
  static CaseBundle write(TherapyCase therapyCase) {
    ObjectNode wire = Trees.tree(therapyCase);
    String caseId = Elements.require(CASE_ID.text(wire));
    Writer w = new Writer(caseId);
    Basic basic = new Basic();
    basic.setId(Elements.fhirId("Basic", "case", caseId));
    basic.addIdentifier(Elements.identifier("case", caseId));
    basic.setCode(new CodeableConcept(FhirTerminology.coding(FhirTerminology.Concept.CASE)));
    w.add(basic);
    // the practitioner
    JsonNode practitionerWire = CASE_PRACTITIONER.take(wire);
    PractitionerResources pr = PractitionerMapping.write(therapyCase.practitioner());
    basic.setAuthor(Elements.reference(pr.practitioner().getIdElement().getIdPart()));
    w.practitioner = basic.getAuthor();
    pr.all().forEach(w::add);
    if (practitionerWire == null) {
      throw new IllegalStateException("a case has a practitioner");
    }
    // the unit
    ObjectNode unit = (ObjectNode) Elements.require(CASE_UNIT.take(wire));
    Group group = new Group();
    group.setId(Elements.fhirId("Group", "case", caseId));
    group.setType(Group.GroupType.PERSON);
    group.setActual(true);
    group.setCode(
        new CodeableConcept(FhirTerminology.coding(UnitKind.class, UNIT_KIND.text(unit))));
    w.group = Elements.reference(group.getIdPart());
    basic.setSubject(w.group);
    JsonNode clients = Elements.require(UNIT_CLIENTS.take(unit));
    List<Patient> patients = new ArrayList<>();
    for (JsonNode c : clients) {
      ObjectNode client = (ObjectNode) c.deepCopy();
      String clientId = Elements.require(CLIENT_ID.text(client));
      Patient patient = new Patient();
      patient.setId(Elements.fhirId("Patient", clientId));
      patient.addIdentifier(Elements.identifier("client", clientId));
      String name = CLIENT_NAME.text(client);
      if (name != null) {
        patient.addName(new HumanName().setText(name));
      }
      patient.setActive(true);
      carry(patient, CLIENT_REST, client);
      w.patients.put(
          clientId,
          Elements.reference(patient.getIdPart())
              .setIdentifier(Elements.identifier("client", clientId)));
      group.addMember().setEntity(Elements.reference(patient.getIdPart()));
      patients.add(patient);
    }
    group.setQuantity(patients.size());
    carry(group, UNIT_REST, unit);
    patients.forEach(w::add);
    w.add(group);
    // the referral
    JsonNode referral = wire.remove("referral");
    if (referral != null) {
      w.add(referral((ObjectNode) referral, w));
    }
    // intakes
    JsonNode intakes = wire.remove("intakes");
    if (intakes != null) {
      for (JsonNode i : intakes) {
        w.add(intake((ObjectNode) i, w));
      }
    }
    JsonNode consents = wire.remove("consents");
    if (consents != null) {
      int n = 0;
      for (JsonNode c : consents) {
        w.add(consent((ObjectNode) c, w, n++));
      }
    }
    JsonNode authorizations = wire.remove("authorizations");
    if (authorizations != null) {
      for (JsonNode a : authorizations) {
        w.add(authorization((ObjectNode) a, w));
      }
    }
    // goals before the plan, so that the plan can refer to them
    List<Reference> goalRefs = new ArrayList<>();
    List<Goal> goals = new ArrayList<>();
    JsonNode goalList = wire.remove("goals");
    if (goalList != null) {
      for (JsonNode g : goalList) {
        Goal goal = goal((ObjectNode) g, w);
        goals.add(goal);
        goalRefs.add(Elements.reference(goal.getIdPart()));
      }
    }
    JsonNode plan = wire.remove("plan");
    if (plan != null) {
      String previous = null;
      for (JsonNode v : Elements.require(plan.get("versions"))) {
        CarePlan cp = planVersion((ObjectNode) v.deepCopy(), w, goalRefs, previous);
        previous = cp.getIdPart();
        w.add(cp);
      }
    }
    goals.forEach(w::add);
    JsonNode sessions = wire.remove("sessions");
    if (sessions != null) {
      for (JsonNode s : sessions) {
        w.add(session((ObjectNode) s, w));
      }
    }
    JsonNode homework = wire.remove("homework");
    if (homework != null) {
      for (JsonNode h : homework) {
        w.add(homework((ObjectNode) h, w));
      }
    }
    carry(basic, CASE_REST, wire); // disclosures and anything else
    w.bundle.setIdentifier(Elements.identifier("case", caseId));
    return new CaseBundle(w.bundle, ImmutableList.copyOf(w.findings));
  }

  private static final class Writer {
    final String caseId;
    final Bundle bundle = new Bundle().setType(BundleType.COLLECTION);
    final Map<String, Reference> patients = new HashMap<>();
    final List<MappingFinding> findings = new ArrayList<>();
    Reference group = new Reference();
    Reference practitioner = new Reference();

    Writer(String caseId) {
      this.caseId = caseId;
    }

    void add(Resource r) {
      bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdPart()).setResource(r);
    }

    Reference patient(@Nullable String clientId) {
      Reference r = clientId == null ? null : patients.get(clientId);
      if (r == null) {
        throw new IllegalStateException("a case refers to its own clients only");
      }
      return r.copy();
    }

    String at() {
      return "Bundle.entry[" + bundle.getEntry().size() + "].resource";
    }
  }

  private static ServiceRequest referral(ObjectNode wire, Writer w) {
    ServiceRequest sr = new ServiceRequest();
    String id = Elements.require(REFERRAL_ID.text(wire));
    sr.setId(Elements.fhirId("ServiceRequest", w.caseId, id));
    sr.addIdentifier(Elements.identifier("referral", id));
    sr.setStatus(
        ServiceRequest.ServiceRequestStatus.fromCode(Elements.require(REFERRAL_STATUS.text(wire))));
    sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.setSubject(w.group.copy());
    sr.setAuthoredOnElement(new DateTimeType(Elements.require(REFERRAL_AUTHORED.text(wire))));
    sr.addReasonCode(
        new CodeableConcept(
            FhirTerminology.coding(ReferralReason.class, REFERRAL_REASON.text(wire))));
    String referrer = name(wire.get(REFERRAL_REFERRER.field()));
    if (referrer != null) {
      sr.setRequester(new Reference().setDisplay(referrer));
    }
    String recipient = name(wire.get(REFERRAL_RECIPIENT.field()));
    if (recipient != null) {
      sr.addPerformer(new Reference().setDisplay(recipient));
    }
    carry(sr, REFERRAL_REST, wire);
    return sr;
  }

  private static QuestionnaireResponse intake(ObjectNode wire, Writer w) {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    String client = Elements.require(INTAKE_CLIENT.text(wire));
    qr.setId(Elements.fhirId("QuestionnaireResponse", w.caseId, client));
    qr.setQuestionnaire(Intake.QUESTIONNAIRE);
    qr.setStatus(
        QuestionnaireResponse.QuestionnaireResponseStatus.fromCode(
            Elements.require(INTAKE_STATUS.text(wire))));
    qr.setSubject(w.patient(client));
    String completed = INTAKE_COMPLETED.text(wire);
    if (completed != null) {
      qr.setAuthoredElement(new DateTimeType(completed));
    }
    for (Map.Entry<HistorySectionKind, Native> section : SECTIONS.entrySet()) {
      JsonNode s = section.getValue().take(wire);
      if (s != null) {
        QuestionnaireResponseItemComponent group =
            Intake.section(Intake.sectionLinkId(section.getKey()), (ObjectNode) s);
        if (group.hasItem()) {
          qr.addItem(group);
        }
      }
    }
    JsonNode reasons = INTAKE_REASONS.take(wire);
    if (reasons != null && !reasons.isEmpty()) {
      QuestionnaireResponseItemComponent item = qr.addItem().setLinkId(Intake.REASONS);
      for (JsonNode r : reasons) {
        item.addAnswer().setValue(FhirTerminology.coding(ReasonForAttending.class, r.asString()));
      }
    }
    String reasonsText = INTAKE_REASONS_TEXT.text(wire);
    if (reasonsText != null) {
      qr.addItem().setLinkId(Intake.REASONS_TEXT).addAnswer().setValue(new StringType(reasonsText));
    }
    JsonNode topics = INTAKE_TOPICS.take(wire);
    if (topics != null && !topics.isEmpty()) {
      QuestionnaireResponseItemComponent item = qr.addItem().setLinkId(Intake.TOPICS);
      for (JsonNode t : topics) {
        item.addAnswer().setValue(new StringType(t.asString()));
      }
    }
    carry(qr, INTAKE_REST, wire);
    return qr;
  }

  private static Consent consent(ObjectNode wire, Writer w, int index) {
    Consent c = new Consent();
    String client = Elements.require(CONSENT_CLIENT.text(wire));
    c.setId(Elements.fhirId("Consent", w.caseId, "treatment", client, "" + index));
    c.setStatus(
        wire.has(CONSENT_WITHDRAWN.field())
            ? Consent.ConsentState.INACTIVE
            : Consent.ConsentState.ACTIVE);
    c.setScope(new CodeableConcept(new Coding(CONSENT_SCOPE, "treatment", null)));
    c.addCategory(
        new CodeableConcept(FhirTerminology.coding(FhirTerminology.Concept.TREATMENT_CONSENT)));
    c.setPatient(w.patient(client));
    signedOn(wire.get(CONSENT_SIGNATURE.field()))
        .ifPresent(d -> c.setDateTimeElement(new DateTimeType(d)));
    c.addPolicy().setUri(FhirTerminology.BASE + "/policy/treatment-consent");
    c.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
    carry(c, CONSENT_REST, wire);
    return c;
  }

  private static Consent authorization(ObjectNode wire, Writer w) {
    Consent c = new Consent();
    String id = Elements.require(AUTH_ID.text(wire));
    c.setId(Elements.fhirId("Consent", w.caseId, "authorization", id));
    c.addIdentifier(Elements.identifier("authorization", id));
    c.setStatus(
        wire.has(AUTH_REVOKED.field())
            ? Consent.ConsentState.INACTIVE
            : Consent.ConsentState.ACTIVE);
    c.setScope(new CodeableConcept(new Coding(CONSENT_SCOPE, "patient-privacy", null)));
    c.addCategory(
        new CodeableConcept(FhirTerminology.coding(FhirTerminology.Concept.RELEASE_AUTHORIZATION)));
    c.setPatient(w.patient(AUTH_SUBJECT.text(wire)));
    c.setPolicyRule(new CodeableConcept(new Coding(CONSENT_POLICY, "hipaa-auth", null)));
    Consent.ProvisionComponent p = c.getProvision();
    p.setType(Consent.ConsentProvisionType.PERMIT);
    Period period = new Period();
    Optional<String> signed = signedOn(wire.get(AUTH_SIGNATURE.field()));
    signed.ifPresent(
        d -> {
          c.setDateTimeElement(new DateTimeType(d));
          period.setStartElement(new DateTimeType(d));
        });
    String expires = AUTH_EXPIRES.text(wire);
    if (expires != null) {
      period.setEndElement(new DateTimeType(expires));
    }
    if (period.hasStart() || period.hasEnd()) {
      p.setPeriod(period);
    }
    JsonNode recipients = wire.get(AUTH_RECIPIENTS.field());
    if (recipients != null) {
      for (JsonNode r : recipients) {
        String name = name(r);
        p.addActor()
            .setRole(new CodeableConcept(new Coding(PARTICIPATION, "IRCP", null)))
            .setReference(new Reference().setDisplay(name == null ? "recipient" : name));
      }
    }
    JsonNode categories = AUTH_CATEGORIES.take(wire);
    if (categories != null) {
      for (JsonNode cat : categories) {
        p.addClass_(FhirTerminology.coding(InformationCategory.class, cat.asString()));
      }
    }
    JsonNode purposes = AUTH_PURPOSES.take(wire);
    if (purposes != null) {
      for (JsonNode pu : purposes) {
        p.addPurpose(FhirTerminology.coding(DisclosurePurpose.class, pu.asString()));
      }
    }
    carry(c, AUTH_REST, wire);
    return c;
  }

  private static CarePlan planVersion(
      ObjectNode wire, Writer w, List<Reference> goals, @Nullable String previous) {
    CarePlan cp = new CarePlan();
    cp.setId(Elements.fhirId("CarePlan", w.caseId, wire.path("number").asString()));
    cp.addIdentifier(Elements.identifier("case", w.caseId));
    cp.setStatus(CarePlan.CarePlanStatus.fromCode(Elements.require(PLAN_STATUS.text(wire))));
    cp.setIntent(CarePlan.CarePlanIntent.PLAN);
    cp.addCategory(
        new CodeableConcept(FhirTerminology.coding(FhirTerminology.Concept.COURSE_OF_THERAPY)));
    cp.setSubject(w.group.copy());
    cp.setPeriod(
        new Period()
            .setStartElement(new DateTimeType(Elements.require(PLAN_EFFECTIVE.text(wire)))));
    if (previous != null) {
      cp.addReplaces(Elements.reference(previous));
    }
    goals.forEach(g -> cp.addGoal(g.copy()));
    CarePlan.CarePlanActivityDetailComponent detail = cp.addActivity().getDetail();
    detail.setKind(CarePlan.CarePlanActivityKind.APPOINTMENT);
    detail.setStatus(CarePlan.CarePlanActivityStatus.SCHEDULED);
    Timing timing = new Timing();
    timing.getRepeat().setCount(Elements.require(PLAN_SESSIONS.take(wire)).intValue());
    detail.setScheduled(timing);
    carry(cp, PLAN_REST, wire);
    return cp;
  }

  private static Goal goal(ObjectNode wire, Writer w) {
    Goal g = new Goal();
    String id = Elements.require(GOAL_ID.text(wire));
    g.setId(Elements.fhirId("Goal", w.caseId, id));
    g.addIdentifier(Elements.identifier("goal", id));
    g.addCategory(
        new CodeableConcept(FhirTerminology.coding(GoalCategory.class, GOAL_CATEGORY.text(wire))));
    JsonNode owners = wire.get(GOAL_OWNERS.field());
    g.setSubject(
        owners != null && owners.size() == 1
            ? w.patient(owners.get(0).asString())
            : w.group.copy());
    ArrayNode revisions = (ArrayNode) Elements.require(wire.get(GOAL_REVISIONS.field()));
    ObjectNode last = (ObjectNode) revisions.remove(revisions.size() - 1);
    if (revisions.isEmpty()) {
      wire.remove(GOAL_REVISIONS.field());
    }
    g.setStatusDateElement(new DateType(Elements.require(last.remove("date").asString())));
    g.setLifecycleStatus(
        Goal.GoalLifecycleStatus.fromCode(
            Elements.require(last.remove("lifecycleStatus").asString())));
    JsonNode achievement = last.remove("achievementStatus");
    if (achievement != null) {
      g.setAchievementStatus(
          new CodeableConcept(new Coding(GOAL_ACHIEVEMENT, achievement.asString(), null)));
    }
    g.setDescription(
        new CodeableConcept().setText(Elements.require(last.remove("description").asString())));
    JsonNode target = last.remove("target");
    if (target != null) {
      Goal.GoalTargetComponent t = g.addTarget();
      t.setMeasure(new CodeableConcept().setText(target.path("measure").asString()));
      if (target.has("detail")) {
        t.setDetail(new StringType(target.get("detail").asString()));
      }
      if (target.has("due")) {
        t.setDue(new DateType(target.get("due").asString()));
      }
    }
    if (!last.isEmpty()) {
      throw new IllegalStateException("a goal revision has an unmapped field");
    }
    carry(g, GOAL_REST, wire);
    return g;
  }

  private static Encounter session(ObjectNode wire, Writer w) {
    Encounter e = new Encounter();
    String number = wire.path("number").asString();
    e.setId(Elements.fhirId("Encounter", w.caseId, number));
    e.setStatus(Encounter.EncounterStatus.FINISHED);
    e.setClass_(new Coding(ACT_CODE, "AMB", "ambulatory"));
    e.addType(new CodeableConcept(FhirTerminology.coding(FhirTerminology.Concept.SESSION)));
    e.addType(
        new CodeableConcept(FhirTerminology.coding(SessionKind.class, SESSION_KIND.text(wire))));
    e.setSubject(w.group.copy());
    e.addParticipant().setIndividual(w.practitioner.copy());
    e.setPeriod(
        new Period().setStartElement(new DateTimeType(Elements.require(SESSION_DATE.text(wire)))));
    if (wire.remove(SESSION_PSYCHOTHERAPY_NOTE.field()) != null) {
      w.findings.add(
          new MappingFinding(
              MappingCode.WITHHELD,
              w.at() + ".extension",
              Severity.INFO,
              "the session's psychotherapy note is not exported; it needs an authorisation of its"
                  + " own"));
    }
    carry(e, SESSION_REST, wire);
    return e;
  }

  private static Task homework(ObjectNode wire, Writer w) {
    Task t = new Task();
    String id = Elements.require(HOMEWORK_ID.text(wire));
    t.setId(Elements.fhirId("Task", w.caseId, id));
    t.addIdentifier(Elements.identifier("homework", id));
    t.setIntent(Task.TaskIntent.PLAN);
    JsonNode outcome = wire.get(HOMEWORK_OUTCOME.field());
    t.setStatus(
        outcome == null
            ? Task.TaskStatus.REQUESTED
            : switch (outcome.path("status").asString()) {
              case "not-done" -> Task.TaskStatus.FAILED;
              case "no-longer-relevant" -> Task.TaskStatus.CANCELLED;
              default -> Task.TaskStatus.COMPLETED;
            });
    CodeableConcept code =
        new CodeableConcept(FhirTerminology.coding(FhirTerminology.Concept.HOMEWORK));
    code.addCoding(FhirTerminology.coding(HomeworkKind.class, HOMEWORK_KIND.text(wire)));
    t.setCode(code);
    t.setDescription(HOMEWORK_DESCRIPTION.text(wire));
    t.setFor(w.group.copy());
    String due = HOMEWORK_DUE.text(wire);
    if (due != null) {
      t.getRestriction().setPeriod(new Period().setEndElement(new DateTimeType(due)));
    }
    carry(t, HOMEWORK_REST, wire);
    return t;
  }

  // ---- FHIR → TherapyKit ---------------------------------------------------------------------

  /** Reads a case bundle; what cannot be mapped is reported and left out. */
  static Mapped<TherapyCase> read(Bundle bundle) {
    List<MappingFinding> findings = new ArrayList<>();
    FhirR4.Resolver resolver = new FhirR4.Resolver();
    List<BundleEntryComponent> entries = bundle.getEntry();
    Map<Resource, String> where = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      if (r != null) {
        resolver.add(entries.get(i).getFullUrl(), r);
        where.put(r, "Bundle.entry[" + i + "].resource");
      }
    }
    Basic basic = null;
    for (BundleEntryComponent e : entries) {
      if (e.getResource() instanceof Basic b
          && FhirTerminology.decode(FhirTerminology.Concept.class, b.getCode()).orElse(null)
              == FhirTerminology.Concept.CASE) {
        basic = b;
        break;
      }
    }
    if (basic == null) {
      findings.add(
          MappingFinding.error(
              MappingCode.MISSING_ELEMENT,
              "Bundle.entry",
              "the bundle has no Basic with the code therapy-case"));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
    Reader r = new Reader(resolver, where, findings);
    String basicAt = r.at(basic);
    ObjectNode wire = r.carried(basic, CASE_REST, basicAt);
    CASE_ID.put(wire, Elements.identifierValue(basic.getIdentifier(), "case"));
    // the practitioner
    org.hl7.fhir.r4.model.Practitioner practitioner =
        resolver.resolve(basic.getAuthor(), org.hl7.fhir.r4.model.Practitioner.class);
    if (practitioner == null) {
      findings.add(
          MappingFinding.error(
              MappingCode.UNRESOLVED_REFERENCE,
              basicAt + ".author",
              "the case's practitioner is not in the bundle"));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
    List<PractitionerRole> roles = new ArrayList<>();
    for (BundleEntryComponent e : entries) {
      if (e.getResource() instanceof PractitionerRole role
          && resolver.resolve(role.getPractitioner(), org.hl7.fhir.r4.model.Practitioner.class)
              == practitioner) {
        roles.add(role);
      }
    }
    Mapped<org.therapykit.practitioner.Practitioner> p =
        PractitionerMapping.read(
            practitioner, roles, ref -> resolver.resolve(ref, Organization.class));
    String practitionerAt = r.at(practitioner);
    p.findings().forEach(f -> findings.add(f.under(practitionerAt)));
    if (p.value().isEmpty()) {
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
    CASE_PRACTITIONER.put(wire, Trees.tree(p.value().get()));
    // the unit
    Group group = resolver.resolve(basic.getSubject(), Group.class);
    if (group == null) {
      findings.add(
          MappingFinding.error(
              MappingCode.UNRESOLVED_REFERENCE,
              basicAt + ".subject",
              "the case's Group is not in the bundle"));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
    String groupAt = r.at(group);
    ObjectNode unit = r.carried(group, UNIT_REST, groupAt);
    FhirTerminology.decode(UnitKind.class, group.getCode())
        .ifPresent(k -> UNIT_KIND.put(unit, k.code()));
    ArrayNode clients = Trees.NODES.arrayNode();
    for (int i = 0; i < group.getMember().size(); i++) {
      Patient patient = resolver.resolve(group.getMember().get(i).getEntity(), Patient.class);
      if (patient == null) {
        findings.add(
            MappingFinding.error(
                MappingCode.UNRESOLVED_REFERENCE,
                groupAt + ".member[" + i + "].entity",
                "the member's Patient is not in the bundle"));
        continue;
      }
      ObjectNode client = r.carried(patient, CLIENT_REST, r.at(patient));
      String clientId = Elements.identifierValue(patient.getIdentifier(), "client");
      CLIENT_ID.put(client, clientId);
      if (patient.hasName() && patient.getNameFirstRep().hasText()) {
        CLIENT_NAME.put(client, patient.getNameFirstRep().getText());
      }
      if (clientId != null) {
        r.clients.put(patient, clientId);
      }
      clients.add(client);
    }
    UNIT_CLIENTS.put(unit, clients);
    CASE_UNIT.put(wire, unit);
    // the rest, in bundle order
    ArrayNode intakes = Trees.NODES.arrayNode();
    ArrayNode consents = Trees.NODES.arrayNode();
    ArrayNode authorizations = Trees.NODES.arrayNode();
    ArrayNode versions = Trees.NODES.arrayNode();
    ArrayNode goals = Trees.NODES.arrayNode();
    ArrayNode sessions = Trees.NODES.arrayNode();
    ArrayNode homework = Trees.NODES.arrayNode();
    for (BundleEntryComponent e : entries) {
      Resource res = e.getResource();
      if (res instanceof ServiceRequest sr) {
        wire.set("referral", r.referral(sr));
      } else if (res instanceof QuestionnaireResponse qr) {
        addIfPresent(intakes, r.intake(qr));
      } else if (res instanceof Consent c) {
        Optional<FhirTerminology.Concept> kind =
            c.getCategory().stream()
                .map(cc -> FhirTerminology.decode(FhirTerminology.Concept.class, cc))
                .flatMap(Optional::stream)
                .findFirst();
        if (kind.orElse(null) == FhirTerminology.Concept.TREATMENT_CONSENT) {
          addIfPresent(consents, r.consent(c));
        } else if (kind.orElse(null) == FhirTerminology.Concept.RELEASE_AUTHORIZATION) {
          addIfPresent(authorizations, r.authorization(c));
        } else {
          findings.add(
              MappingFinding.error(
                  MappingCode.UNINTERPRETABLE_CONSENT,
                  r.at(c) + ".category",
                  "a Consent that is neither a TherapyKit treatment consent nor a release"
                      + " authorisation"));
        }
      } else if (res instanceof CarePlan cp) {
        addIfPresent(versions, r.planVersion(cp));
      } else if (res instanceof Goal g) {
        addIfPresent(goals, r.goal(g));
      } else if (res instanceof Encounter en) {
        addIfPresent(sessions, r.session(en));
      } else if (res instanceof Task t) {
        addIfPresent(homework, r.homework(t));
      }
    }
    setIfAny(wire, "intakes", intakes);
    setIfAny(wire, "consents", consents);
    setIfAny(wire, "authorizations", authorizations);
    if (!versions.isEmpty()) {
      wire.set("plan", Trees.NODES.objectNode().set("versions", versions));
    }
    setIfAny(wire, "goals", goals);
    setIfAny(wire, "sessions", sessions);
    setIfAny(wire, "homework", homework);
    try {
      return new Mapped<>(
          Optional.of(Trees.value(wire, TherapyCase.class)), ImmutableList.copyOf(findings));
    } catch (Trees.Problem e) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, basicAt, e.detail()));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
  }

  /** Reads one Consent alone, as a treatment consent or a release authorisation. */
  static <T> Mapped<T> readConsent(Consent c, Class<T> type) {
    List<MappingFinding> findings = new ArrayList<>();
    Reader r = new Reader(new FhirR4.Resolver(), Map.of(), findings);
    ObjectNode wire =
        type == org.therapykit.consent.ReleaseAuthorization.class
            ? r.authorization(c)
            : r.consent(c);
    if (wire == null) {
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
    try {
      return new Mapped<>(Optional.of(Trees.value(wire, type)), ImmutableList.copyOf(findings));
    } catch (Trees.Problem p) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, "Consent", p.detail()));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
  }

  private static void addIfPresent(ArrayNode list, @Nullable ObjectNode value) {
    if (value != null) {
      list.add(value);
    }
  }

  private static void setIfAny(ObjectNode wire, String field, ArrayNode list) {
    if (!list.isEmpty()) {
      wire.set(field, list);
    }
  }

  /** Reading state: the resolver, where each resource is, the clients by Patient. */
  private static final class Reader {
    final FhirR4.Resolver resolver;
    final Map<Resource, String> where;
    final List<MappingFinding> findings;
    final Map<Resource, String> clients = new HashMap<>();

    Reader(FhirR4.Resolver resolver, Map<Resource, String> where, List<MappingFinding> findings) {
      this.resolver = resolver;
      this.where = where;
      this.findings = findings;
    }

    String at(Resource r) {
      String at = where.get(r);
      return at == null ? r.fhirType() : at;
    }

    /** The fields the resource's TherapyKit extension carries, or an empty object. */
    ObjectNode carried(DomainResource r, Carried carried, String at) {
      Extension e = r.getExtensionByUrl(carried.url());
      if (e == null) {
        return Trees.NODES.objectNode();
      }
      try {
        return Trees.fields(e);
      } catch (Trees.Problem p) {
        findings.add(
            MappingFinding.error(MappingCode.INVALID_VALUE, at + ".extension", p.detail()));
        return Trees.NODES.objectNode();
      }
    }

    @Nullable String client(Reference ref, String at) {
      Patient p = resolver.resolve(ref, Patient.class);
      String id = p == null ? null : clients.get(p);
      if (id == null
          && ref.hasIdentifier()
          && (Elements.ID + "client").equals(ref.getIdentifier().getSystem())) {
        id = ref.getIdentifier().getValue(); // a resource read alone
      }
      if (id == null) {
        findings.add(
            MappingFinding.error(
                MappingCode.UNRESOLVED_REFERENCE,
                at,
                "the reference is not to one of the case's Patients"));
      }
      return id;
    }

    /** Checks a value's wire form, returning null (and a finding) if it is not valid. */
    @Nullable ObjectNode checked(ObjectNode wire, Class<?> type, String at) {
      try {
        Trees.value(wire, type);
        return wire;
      } catch (Trees.Problem p) {
        findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, at, p.detail()));
        return null;
      }
    }

    ObjectNode referral(ServiceRequest sr) {
      String at = at(sr);
      ObjectNode wire = carried(sr, REFERRAL_REST, at);
      REFERRAL_ID.put(wire, Elements.identifierValue(sr.getIdentifier(), "referral"));
      if (sr.hasStatus()) {
        REFERRAL_STATUS.put(wire, sr.getStatus().toCode());
      }
      if (sr.hasAuthoredOn()) {
        REFERRAL_AUTHORED.put(wire, Elements.date(sr.getAuthoredOnElement().getValueAsString()));
      }
      for (CodeableConcept c : sr.getReasonCode()) {
        FhirTerminology.decode(ReferralReason.class, c)
            .ifPresent(v -> REFERRAL_REASON.put(wire, v.code()));
      }
      return wire;
    }

    @Nullable ObjectNode intake(QuestionnaireResponse qr) {
      String at = at(qr);
      ObjectNode wire = carried(qr, INTAKE_REST, at);
      INTAKE_CLIENT.put(wire, client(qr.getSubject(), at + ".subject"));
      if (qr.hasStatus()) {
        INTAKE_STATUS.put(wire, qr.getStatus().toCode());
      }
      if (qr.hasAuthored()) {
        INTAKE_COMPLETED.put(wire, Elements.date(qr.getAuthoredElement().getValueAsString()));
      }
      for (int i = 0; i < qr.getItem().size(); i++) {
        QuestionnaireResponseItemComponent item = qr.getItem().get(i);
        String itemAt = at + ".item[" + i + "]";
        String linkId = item.getLinkId() == null ? "" : item.getLinkId();
        Native section = null;
        for (Map.Entry<HistorySectionKind, Native> s : SECTIONS.entrySet()) {
          if (Intake.sectionLinkId(s.getKey()).equals(linkId)) {
            section = s.getValue();
          }
        }
        if (section != null) {
          section.put(wire, Intake.section(item, itemAt, findings));
        } else if (Intake.REASONS.equals(linkId)) {
          ArrayNode reasons = Trees.NODES.arrayNode();
          for (QuestionnaireResponseItemAnswerComponent a : item.getAnswer()) {
            if (a.getValue() instanceof Coding c) {
              FhirTerminology.decode(ReasonForAttending.class, c)
                  .ifPresentOrElse(
                      v -> reasons.add(v.code()), () -> unknownCode(itemAt + ".answer"));
            }
          }
          INTAKE_REASONS.put(wire, reasons);
        } else if (Intake.REASONS_TEXT.equals(linkId) && item.hasAnswer()) {
          INTAKE_REASONS_TEXT.put(wire, item.getAnswerFirstRep().getValue().primitiveValue());
        } else if (Intake.TOPICS.equals(linkId)) {
          ArrayNode topics = Trees.NODES.arrayNode();
          for (QuestionnaireResponseItemAnswerComponent a : item.getAnswer()) {
            if (a.hasValue() && a.getValue().primitiveValue() != null) {
              topics.add(a.getValue().primitiveValue());
            }
          }
          INTAKE_TOPICS.put(wire, topics);
        } else {
          findings.add(
              MappingFinding.warning(
                  MappingCode.UNKNOWN_CODE,
                  itemAt,
                  "an item the TherapyKit intake questionnaire does not have; skipped"));
        }
      }
      return checked(wire, org.therapykit.intake.IntakeForm.class, at);
    }

    void unknownCode(String at) {
      findings.add(
          MappingFinding.warning(
              MappingCode.UNKNOWN_CODE, at, "a code the TherapyKit code list does not have"));
    }

    @Nullable ObjectNode consent(Consent c) {
      String at = at(c);
      if (c.getExtensionByUrl(CONSENT_REST.url()) == null) {
        findings.add(
            MappingFinding.error(
                MappingCode.UNINTERPRETABLE_CONSENT,
                at,
                "a treatment consent without the TherapyKit extension: the signature (signer and"
                    + " date) cannot be read from a FHIR Consent"));
        return null;
      }
      ObjectNode wire = carried(c, CONSENT_REST, at);
      CONSENT_CLIENT.put(wire, client(c.getPatient(), at + ".patient"));
      return checked(wire, org.therapykit.consent.TreatmentConsent.class, at);
    }

    @Nullable ObjectNode authorization(Consent c) {
      String at = at(c);
      if (c.getExtensionByUrl(AUTH_REST.url()) == null) {
        findings.add(
            MappingFinding.error(
                MappingCode.UNINTERPRETABLE_CONSENT,
                at,
                "a release authorisation without the TherapyKit extension: the discloser, the"
                    + " signature and the three required statements cannot be read from a FHIR"
                    + " Consent"));
        return null;
      }
      ObjectNode wire = carried(c, AUTH_REST, at);
      AUTH_ID.put(wire, Elements.identifierValue(c.getIdentifier(), "authorization"));
      AUTH_SUBJECT.put(wire, client(c.getPatient(), at + ".patient"));
      Consent.ProvisionComponent p = c.getProvision();
      ArrayNode categories = Trees.NODES.arrayNode();
      for (Coding cat : p.getClass_()) {
        FhirTerminology.decode(InformationCategory.class, cat)
            .ifPresentOrElse(
                v -> categories.add(v.code()), () -> unknownCode(at + ".provision.class"));
      }
      AUTH_CATEGORIES.put(wire, categories);
      ArrayNode purposes = Trees.NODES.arrayNode();
      for (Coding pu : p.getPurpose()) {
        FhirTerminology.decode(DisclosurePurpose.class, pu)
            .ifPresentOrElse(
                v -> purposes.add(v.code()), () -> unknownCode(at + ".provision.purpose"));
      }
      AUTH_PURPOSES.put(wire, purposes);
      if (p.hasPeriod() && p.getPeriod().hasEnd()) {
        AUTH_EXPIRES.put(wire, Elements.date(p.getPeriod().getEndElement().getValueAsString()));
      }
      return checked(wire, org.therapykit.consent.ReleaseAuthorization.class, at);
    }

    @Nullable ObjectNode planVersion(CarePlan cp) {
      String at = at(cp);
      ObjectNode wire = carried(cp, PLAN_REST, at);
      if (cp.hasStatus()) {
        PLAN_STATUS.put(wire, cp.getStatus().toCode());
      }
      if (cp.hasPeriod() && cp.getPeriod().hasStart()) {
        PLAN_EFFECTIVE.put(
            wire, Elements.date(cp.getPeriod().getStartElement().getValueAsString()));
      }
      for (CarePlan.CarePlanActivityComponent a : cp.getActivity()) {
        if (a.hasDetail()
            && a.getDetail().hasScheduledTiming()
            && a.getDetail().getScheduledTiming().getRepeat().hasCount()) {
          PLAN_SESSIONS.put(
              wire,
              Trees.NODES.numberNode(a.getDetail().getScheduledTiming().getRepeat().getCount()));
        }
      }
      return checked(wire, org.therapykit.plan.PlanVersion.class, at);
    }

    @Nullable ObjectNode goal(Goal g) {
      String at = at(g);
      ObjectNode wire = carried(g, GOAL_REST, at);
      GOAL_ID.put(wire, Elements.identifierValue(g.getIdentifier(), "goal"));
      for (CodeableConcept c : g.getCategory()) {
        FhirTerminology.decode(GoalCategory.class, c)
            .ifPresent(v -> GOAL_CATEGORY.put(wire, v.code()));
      }
      ObjectNode last = Trees.NODES.objectNode();
      if (g.hasStatusDate()) {
        last.put("date", Elements.date(g.getStatusDateElement().getValueAsString()));
      }
      if (g.hasLifecycleStatus()) {
        last.put("lifecycleStatus", g.getLifecycleStatus().toCode());
      }
      for (Coding c : g.getAchievementStatus().getCoding()) {
        if (GOAL_ACHIEVEMENT.equals(c.getSystem()) && c.hasCode()) {
          last.put("achievementStatus", c.getCode());
        }
      }
      if (g.getDescription().hasText()) {
        last.put("description", g.getDescription().getText());
      }
      if (g.hasTarget()) {
        Goal.GoalTargetComponent t = g.getTargetFirstRep();
        ObjectNode target = last.putObject("target");
        if (t.getMeasure().hasText()) {
          target.put("measure", t.getMeasure().getText());
        }
        if (t.hasDetailStringType()) {
          target.put("detail", t.getDetailStringType().getValue());
        }
        if (t.hasDueDateType()) {
          target.put("due", Elements.date(t.getDueDateType().getValueAsString()));
        }
      }
      JsonNode earlier = wire.get(GOAL_REVISIONS.field());
      ArrayNode revisions =
          earlier instanceof ArrayNode a ? a : wire.putArray(GOAL_REVISIONS.field());
      revisions.add(last);
      return checked(wire, org.therapykit.plan.Goal.class, at);
    }

    @Nullable ObjectNode session(Encounter e) {
      String at = at(e);
      ObjectNode wire = carried(e, SESSION_REST, at);
      if (e.hasPeriod() && e.getPeriod().hasStart()) {
        SESSION_DATE.put(wire, Elements.date(e.getPeriod().getStartElement().getValueAsString()));
      }
      for (CodeableConcept c : e.getType()) {
        FhirTerminology.decode(SessionKind.class, c)
            .ifPresent(v -> SESSION_KIND.put(wire, v.code()));
      }
      return checked(wire, org.therapykit.plan.Session.class, at);
    }

    @Nullable ObjectNode homework(Task t) {
      String at = at(t);
      ObjectNode wire = carried(t, HOMEWORK_REST, at);
      HOMEWORK_ID.put(wire, Elements.identifierValue(t.getIdentifier(), "homework"));
      FhirTerminology.decode(HomeworkKind.class, t.getCode())
          .ifPresent(v -> HOMEWORK_KIND.put(wire, v.code()));
      if (t.hasDescription()) {
        HOMEWORK_DESCRIPTION.put(wire, t.getDescription());
      }
      if (t.hasRestriction()
          && t.getRestriction().hasPeriod()
          && t.getRestriction().getPeriod().hasEnd()) {
        HOMEWORK_DUE.put(
            wire, Elements.date(t.getRestriction().getPeriod().getEndElement().getValueAsString()));
      }
      return checked(wire, org.therapykit.plan.HomeworkAssignment.class, at);
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static void carry(DomainResource r, Carried carried, ObjectNode rest) {
    Extension e = Trees.extension(carried.url(), rest);
    if (e != null) {
      r.addExtension(e);
    }
  }

  private static Optional<String> signedOn(@Nullable JsonNode signature) {
    return signature == null || !signature.has("signedOn")
        ? Optional.empty()
        : Optional.of(signature.get("signedOn").asString());
  }

  private static @Nullable String name(@Nullable JsonNode party) {
    return party == null || !party.has("name") ? null : party.get("name").asString();
  }
}
