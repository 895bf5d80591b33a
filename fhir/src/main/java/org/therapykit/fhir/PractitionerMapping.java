package org.therapykit.fhir;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.therapykit.Coded;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Membership;
import org.therapykit.json.TherapyValue;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.practitioner.Register;
import org.therapykit.practitioner.Registration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Practitioner ↔ FHIR {@code Practitioner} (+ a {@code PractitionerRole} and an {@code
 * Organization} per affiliation).
 */
final class PractitionerMapping {
  static final String NDH =
      "http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-practitioner-qualification";
  static final String ISO_3166_2 = "urn:iso:std:iso:3166:-2";
  static final String ISO_3166 = "urn:iso:std:iso:3166";
  static final String V2_0360 = "http://terminology.hl7.org/CodeSystem/v2-0360";

  private static final String Q = "Practitioner.qualification";

  static final Native ID =
      new Native(
          "Practitioner",
          "id",
          "Practitioner.identifier.value",
          "identifier system `"
              + Elements.ID
              + "practitioner`; `Practitioner.id` is a UUID named"
              + " by it");
  static final Native DISPLAY_NAME =
      new Native("Practitioner", "displayName", "Practitioner.name.text", "the first name's text");

  static final Native LICENSE_PROFESSION =
      new Native("License", "profession", Q + ".code.coding", "CodeSystem `profession`");
  static final Native LICENSE_TITLE = new Native("License", "title", Q + ".code.text", "");
  static final Native LICENSE_NUMBER = new Native("License", "number", Q + ".identifier.value", "");
  static final Native LICENSE_VALIDITY = new Native("License", "validity", Q + ".period", "");
  static final Native LICENSE_JURISDICTION =
      new Native(
          "License",
          "jurisdiction",
          Q + ".extension(NDH).extension(whereValid).valueCodeableConcept",
          "ISO 3166-2 (`" + ISO_3166_2 + "`), or ISO 3166-1 for a country");
  static final Native LICENSE_STATUS =
      new Native(
          "License",
          "status",
          Q + ".extension(NDH).extension(status).valueCode",
          "`expired` is written as NDH `inactive` and kept exactly in the TherapyKit extension");

  static final Native REGISTRATION_REGISTER =
      new Native("Registration", "register", Q + ".code.coding", "CodeSystem `register`");
  static final Native REGISTRATION_TITLE =
      new Native("Registration", "title", Q + ".code.text", "");
  static final Native REGISTRATION_NUMBER =
      new Native("Registration", "number", Q + ".identifier.value", "");
  static final Native REGISTRATION_VALIDITY =
      new Native("Registration", "validity", Q + ".period", "");
  static final Native REGISTRATION_STATUS =
      new Native(
          "Registration",
          "status",
          Q + ".extension(NDH).extension(status).valueCode",
          "as for License");

  static final Native DEGREE_LEVEL =
      new Native(
          "Degree",
          "level",
          Q + ".code.coding",
          "CodeSystem `degree-level`; read also from v2-0360 degree codes (BA, MSW, PHD, MD…)");
  static final Native DEGREE_FIELD = new Native("Degree", "field", Q + ".code.text", "");
  static final Native DEGREE_INSTITUTION =
      new Native("Degree", "institution", Q + ".issuer.display", "");
  static final Native DEGREE_AWARDED = new Native("Degree", "awarded", Q + ".period.start", "");

  static final Native CERTIFICATION_TYPE =
      new Native("Certification", "type", Q + ".code.coding", "CodeSystem `certification-type`");
  static final Native CERTIFICATION_BODY =
      new Native(
          "Certification",
          "body",
          Q + ".issuer.identifier",
          "system: CodeSystem `certifying-body`, value: the body's code");
  static final Native CERTIFICATION_NUMBER =
      new Native("Certification", "number", Q + ".identifier.value", "");
  static final Native CERTIFICATION_VALIDITY =
      new Native("Certification", "validity", Q + ".period", "");
  static final Native CERTIFICATION_STATUS =
      new Native(
          "Certification",
          "status",
          Q + ".extension(NDH).extension(status).valueCode",
          "`expired` and `lapsed` are written as NDH `inactive` and kept exactly in the TherapyKit"
              + " extension");

  static final Native MEMBERSHIP_BODY =
      new Native("Membership", "body", Q + ".code.coding", "CodeSystem `certifying-body`");
  static final Native MEMBERSHIP_PERIOD = new Native("Membership", "period", Q + ".period", "");

  static final Native AFFILIATION_ORGANIZATION_ID =
      new Native(
          "Affiliation",
          "organizationId",
          "Organization.identifier.value",
          "identifier system `"
              + Elements.ID
              + "organization`; PractitionerRole.organization"
              + " refers to it");
  static final Native AFFILIATION_ORGANIZATION_NAME =
      new Native("Affiliation", "organizationName", "Organization.name", "");
  static final Native AFFILIATION_ORGANIZATION_KIND =
      new Native(
          "Affiliation", "organizationKind", "Organization.type", "CodeSystem `organization-kind`");
  static final Native AFFILIATION_ROLE =
      new Native("Affiliation", "role", "PractitionerRole.code", "CodeSystem `affiliation-role`");
  static final Native AFFILIATION_PERIOD =
      new Native("Affiliation", "period", "PractitionerRole.period", "");

  static final ImmutableList<Native> NATIVES =
      ImmutableList.of(
          ID,
          DISPLAY_NAME,
          LICENSE_PROFESSION,
          LICENSE_TITLE,
          LICENSE_NUMBER,
          LICENSE_VALIDITY,
          LICENSE_JURISDICTION,
          LICENSE_STATUS,
          REGISTRATION_REGISTER,
          REGISTRATION_TITLE,
          REGISTRATION_NUMBER,
          REGISTRATION_VALIDITY,
          REGISTRATION_STATUS,
          DEGREE_LEVEL,
          DEGREE_FIELD,
          DEGREE_INSTITUTION,
          DEGREE_AWARDED,
          CERTIFICATION_TYPE,
          CERTIFICATION_BODY,
          CERTIFICATION_NUMBER,
          CERTIFICATION_VALIDITY,
          CERTIFICATION_STATUS,
          MEMBERSHIP_BODY,
          MEMBERSHIP_PERIOD,
          AFFILIATION_ORGANIZATION_ID,
          AFFILIATION_ORGANIZATION_NAME,
          AFFILIATION_ORGANIZATION_KIND,
          AFFILIATION_ROLE,
          AFFILIATION_PERIOD);

  /** The qualification kinds: wire list, code list of the code, extension name. */
  private enum Kind {
    LICENSE("licenses", License.class, Profession.class, "license"),
    REGISTRATION("registrations", Registration.class, Register.class, "registration"),
    DEGREE("degrees", Degree.class, DegreeLevel.class, "degree"),
    CERTIFICATION("certifications", Certification.class, CertificationType.class, "certification"),
    MEMBERSHIP("memberships", Membership.class, CertifyingBody.class, "membership");

    final String list;
    final Class<? extends TherapyValue> type;
    final Class<? extends Coded> codes;
    final Carried carried;

    Kind(
        String list,
        Class<? extends TherapyValue> type,
        Class<? extends Coded> codes,
        String extension) {
      this.list = list;
      this.type = type;
      this.codes = codes;
      this.carried = Carried.of(type.getSimpleName(), Q + ".extension", extension);
    }
  }

  /** Wire lists of the practitioner carried whole, one extension per element. */
  private static final ImmutableMap<String, Carried> WHOLE =
      ImmutableMap.of(
          "trainings", Carried.of("TrainingRecord", "Practitioner.extension", "training-record"),
          "continuingEducation",
              Carried.of("ContinuingEducation", "Practitioner.extension", "continuing-education"),
          "clinicalExperience",
              Carried.of("ClinicalExperience", "Practitioner.extension", "clinical-experience"),
          "supervisedPractice",
              Carried.of("SupervisedPractice", "Practitioner.extension", "supervised-practice"),
          "services", Carried.of("ServiceProfile", "Practitioner.extension", "service-profile"));

  /** Any other field of the practitioner (none today): carried in one extension. */
  static final Carried PRACTITIONER_REST =
      Carried.of("Practitioner", "Practitioner.extension", "practitioner");

  static final Carried AFFILIATION_REST =
      Carried.of("Affiliation", "PractitionerRole.extension", "affiliation");

  static ImmutableList<Carried> carried() {
    ImmutableList.Builder<Carried> b = ImmutableList.builder();
    for (Kind k : Kind.values()) {
      b.add(k.carried);
    }
    return b.addAll(WHOLE.values()).add(PRACTITIONER_REST, AFFILIATION_REST).build();
  }

  private PractitionerMapping() {}

  // ---- TherapyKit → FHIR ---------------------------------------------------------------------

  static PractitionerResources write(Practitioner practitioner) {
    ObjectNode wire = Trees.tree(practitioner);
    String id = Elements.require(ID.text(wire));
    String fhirId = Elements.fhirId("Practitioner", id);
    org.hl7.fhir.r4.model.Practitioner p = new org.hl7.fhir.r4.model.Practitioner();
    p.setId(fhirId);
    p.addIdentifier(Elements.identifier("practitioner", id));
    p.addName(new HumanName().setText(Elements.require(DISPLAY_NAME.text(wire))));
    for (Kind kind : Kind.values()) {
      JsonNode list = wire.remove(kind.list);
      if (list != null) {
        for (JsonNode item : list) {
          p.addQualification(qualification(kind, (ObjectNode) item.deepCopy()));
        }
      }
    }
    List<PractitionerRole> roles = new ArrayList<>();
    Map<String, Organization> organizations = new LinkedHashMap<>();
    JsonNode affiliations = wire.remove("affiliations");
    if (affiliations != null) {
      for (JsonNode a : affiliations) {
        roles.add(role(fhirId, (ObjectNode) a.deepCopy(), organizations));
      }
    }
    for (Map.Entry<String, Carried> whole : WHOLE.entrySet()) {
      JsonNode v = wire.remove(whole.getKey());
      if (v == null) {
        continue;
      }
      for (JsonNode item : v.isArray() ? v : Trees.NODES.arrayNode().add(v)) {
        Extension e = Trees.extension(whole.getValue().url(), (ObjectNode) item);
        if (e != null) {
          p.addExtension(e);
        }
      }
    }
    Extension rest = Trees.extension(PRACTITIONER_REST.url(), wire);
    if (rest != null) {
      p.addExtension(rest);
    }
    p.setActive(true);
    return new PractitionerResources(
        p, ImmutableList.copyOf(roles), ImmutableList.copyOf(organizations.values()));
  }

  private static PractitionerQualificationComponent qualification(Kind kind, ObjectNode wire) {
    PractitionerQualificationComponent q = new PractitionerQualificationComponent();
    CodeableConcept code = new CodeableConcept();
    q.setCode(code);
    Extension ndh = new Extension(NDH);
    switch (kind) {
      case LICENSE -> {
        code.addCoding(FhirTerminology.coding(Profession.class, LICENSE_PROFESSION.text(wire)));
        text(code, LICENSE_TITLE.text(wire));
        identifier(q, LICENSE_NUMBER.text(wire));
        q.setPeriod(Elements.period(Elements.require(LICENSE_VALIDITY.text(wire))));
        status(ndh, LICENSE_STATUS, wire);
        String jurisdiction = Elements.require(LICENSE_JURISDICTION.text(wire));
        ndh.addExtension(
            new Extension(
                "whereValid",
                new CodeableConcept(
                    new Coding(
                        jurisdiction.contains("-") ? ISO_3166_2 : ISO_3166, jurisdiction, null))));
      }
      case REGISTRATION -> {
        code.addCoding(FhirTerminology.coding(Register.class, REGISTRATION_REGISTER.text(wire)));
        text(code, REGISTRATION_TITLE.text(wire));
        identifier(q, REGISTRATION_NUMBER.text(wire));
        q.setPeriod(Elements.period(Elements.require(REGISTRATION_VALIDITY.text(wire))));
        status(ndh, REGISTRATION_STATUS, wire);
      }
      case DEGREE -> {
        code.addCoding(FhirTerminology.coding(DegreeLevel.class, DEGREE_LEVEL.text(wire)));
        text(code, DEGREE_FIELD.text(wire));
        String institution = DEGREE_INSTITUTION.text(wire);
        if (institution != null) {
          q.setIssuer(new Reference().setDisplay(institution));
        }
        q.setPeriod(
            new org.hl7.fhir.r4.model.Period()
                .setStartElement(
                    new org.hl7.fhir.r4.model.DateTimeType(
                        Elements.require(DEGREE_AWARDED.text(wire)))));
      }
      case CERTIFICATION -> {
        code.addCoding(
            FhirTerminology.coding(CertificationType.class, CERTIFICATION_TYPE.text(wire)));
        q.setIssuer(
            new Reference()
                .setIdentifier(
                    new Identifier()
                        .setSystem(FhirTerminology.system(CertifyingBody.class))
                        .setValue(CERTIFICATION_BODY.text(wire))));
        identifier(q, CERTIFICATION_NUMBER.text(wire));
        q.setPeriod(Elements.period(Elements.require(CERTIFICATION_VALIDITY.text(wire))));
        status(ndh, CERTIFICATION_STATUS, wire);
      }
      case MEMBERSHIP -> {
        code.addCoding(FhirTerminology.coding(CertifyingBody.class, MEMBERSHIP_BODY.text(wire)));
        q.setPeriod(Elements.period(Elements.require(MEMBERSHIP_PERIOD.text(wire))));
      }
    }
    if (ndh.hasExtension()) {
      q.addExtension(ndh);
    }
    Extension rest = Trees.extension(kind.carried.url(), wire);
    if (rest != null) {
      q.addExtension(rest);
    }
    return q;
  }

  /** The NDH status of a TherapyKit licence, registration or certification status. */
  private static String ndhStatus(String status) {
    return switch (status) {
      case "active", "suspended", "revoked", "inactive" -> status;
      default -> "inactive"; // expired, lapsed
    };
  }

  private static void status(Extension ndh, Native status, ObjectNode wire) {
    String s = Elements.require(status.text(wire));
    String ndhCode = ndhStatus(s);
    ndh.addExtension(new Extension("status", new CodeType(ndhCode)));
    if (!ndhCode.equals(s)) {
      status.put(wire, s); // kept exactly in the TherapyKit extension
    }
  }

  private static PractitionerRole role(
      String practitionerFhirId, ObjectNode wire, Map<String, Organization> organizations) {
    String orgId = Elements.require(AFFILIATION_ORGANIZATION_ID.text(wire));
    String name = Elements.require(AFFILIATION_ORGANIZATION_NAME.text(wire));
    String kind = Elements.require(AFFILIATION_ORGANIZATION_KIND.text(wire));
    String orgFhirId = Elements.fhirId("Organization", orgId, name, kind);
    organizations.computeIfAbsent(
        orgFhirId,
        k -> {
          Organization o = new Organization();
          o.setId(k);
          o.addIdentifier(Elements.identifier("organization", orgId));
          o.setName(name);
          o.addType(new CodeableConcept(FhirTerminology.coding(OrganizationKind.class, kind)));
          o.setActive(true);
          return o;
        });
    PractitionerRole r = new PractitionerRole();
    String role = Elements.require(AFFILIATION_ROLE.text(wire));
    String period = AFFILIATION_PERIOD.text(wire);
    r.setId(Elements.fhirId("PractitionerRole", practitionerFhirId, orgFhirId, role, "" + period));
    r.setPractitioner(Elements.reference(practitionerFhirId));
    r.setOrganization(Elements.reference(orgFhirId));
    r.addCode(new CodeableConcept(FhirTerminology.coding(AffiliationRole.class, role)));
    if (period != null) {
      r.setPeriod(Elements.period(period));
    }
    Extension rest = Trees.extension(AFFILIATION_REST.url(), wire);
    if (rest != null) {
      r.addExtension(rest);
    }
    return r;
  }

  // ---- FHIR → TherapyKit ---------------------------------------------------------------------

  /**
   * Maps a FHIR practitioner and its roles; {@code organizations} resolves a role's organization
   * reference (null when it does not resolve).
   */
  static Mapped<Practitioner> read(
      org.hl7.fhir.r4.model.Practitioner p,
      List<PractitionerRole> roles,
      Function<Reference, @Nullable Organization> organizations) {
    List<MappingFinding> findings = new ArrayList<>();
    ObjectNode wire = Trees.NODES.objectNode();
    String id = Elements.identifierValue(p.getIdentifier(), "practitioner");
    if (id == null && p.hasIdElement() && p.getIdElement().getIdPart() != null) {
      id = p.getIdElement().getIdPart();
    }
    if (id == null || !isIdentifier(id)) {
      findings.add(
          MappingFinding.error(
              MappingCode.MISSING_ELEMENT,
              "Practitioner.identifier",
              "no TherapyKit practitioner identifier and no resource id usable as one"));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
    ID.put(wire, id);
    String name = displayName(p);
    if (name == null) {
      findings.add(
          MappingFinding.error(
              MappingCode.MISSING_ELEMENT, "Practitioner.name", "the practitioner has no name"));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
    DISPLAY_NAME.put(wire, name);
    Map<Kind, ArrayNode> lists = new LinkedHashMap<>();
    for (int i = 0; i < p.getQualification().size(); i++) {
      String at = Q + "[" + i + "]";
      readQualification(p.getQualification().get(i), at, lists, findings);
    }
    for (Kind k : Kind.values()) {
      ArrayNode list = lists.get(k);
      if (list != null) {
        wire.set(k.list, list);
      }
    }
    ArrayNode affiliations = Trees.NODES.arrayNode();
    for (int i = 0; i < roles.size(); i++) {
      ObjectNode a = readRole(roles.get(i), i, organizations, findings);
      if (a != null) {
        affiliations.add(a);
      }
    }
    if (!affiliations.isEmpty()) {
      wire.set("affiliations", affiliations);
    }
    for (int i = 0; i < p.getExtension().size(); i++) {
      readExtension(p.getExtension().get(i), "Practitioner.extension[" + i + "]", wire, findings);
    }
    try {
      Practitioner value = Trees.value(wire, Practitioner.class);
      return new Mapped<>(Optional.of(value), ImmutableList.copyOf(findings));
    } catch (Trees.Problem e) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, "Practitioner", e.detail()));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
  }

  private static @Nullable String displayName(org.hl7.fhir.r4.model.Practitioner p) {
    for (HumanName n : p.getName()) {
      if (n.hasText() && !n.getText().isBlank()) {
        return n.getText().strip();
      }
    }
    for (HumanName n : p.getName()) {
      String s = n.getNameAsSingleString();
      if (s != null && !s.isBlank()) {
        return s.strip();
      }
    }
    return null;
  }

  private static void readExtension(
      Extension e, String at, ObjectNode wire, List<MappingFinding> findings) {
    String url = e.getUrl();
    try {
      if (PRACTITIONER_REST.url().equals(url)) {
        ObjectNode rest = Trees.fields(e);
        for (Map.Entry<String, JsonNode> f : rest.properties()) {
          wire.set(f.getKey(), f.getValue());
        }
        return;
      }
      for (Map.Entry<String, Carried> whole : WHOLE.entrySet()) {
        if (whole.getValue().url().equals(url)) {
          ObjectNode item = Trees.fields(e);
          if ("services".equals(whole.getKey())) {
            wire.set("services", item);
          } else {
            JsonNode list = wire.get(whole.getKey());
            ArrayNode array = list instanceof ArrayNode a ? a : wire.putArray(whole.getKey());
            array.add(item);
          }
          return;
        }
      }
    } catch (Trees.Problem p) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, at, p.detail()));
    }
    // other extensions are not TherapyKit's: not mapped, not reported
  }

  private static void readQualification(
      PractitionerQualificationComponent q,
      String at,
      Map<Kind, ArrayNode> lists,
      List<MappingFinding> findings) {
    Kind kind = null;
    ObjectNode wire = Trees.NODES.objectNode();
    CodeableConcept code = q.getCode();
    for (Kind k : Kind.values()) {
      String system = FhirTerminology.system(k.codes);
      for (Coding c : code.getCoding()) {
        if (system.equals(c.getSystem()) && kind == null) {
          kind = k;
          if (!isCode(k, c.getCode())) {
            findings.add(
                MappingFinding.error(
                    MappingCode.UNKNOWN_CODE,
                    at + ".code",
                    "the code is not in the TherapyKit CodeSystem "
                        + FhirTerminology.nameOf(k.codes)));
            return;
          }
          codeNative(k).put(wire, c.getCode());
        }
      }
    }
    if (kind == null) {
      String level = v2Degree(code);
      if (level == null) {
        findings.add(
            MappingFinding.error(
                MappingCode.UNKNOWN_CODE,
                at + ".code",
                "the qualification's code is not one the bridge maps (a TherapyKit code, or a"
                    + " v2-0360 degree)"));
        return;
      }
      kind = Kind.DEGREE;
      DEGREE_LEVEL.put(wire, level);
    }
    try {
      for (Extension e : q.getExtension()) {
        if (kind.carried.url().equals(e.getUrl())) {
          ObjectNode rest = Trees.fields(e);
          for (Map.Entry<String, JsonNode> f : rest.properties()) {
            wire.set(f.getKey(), f.getValue());
          }
        }
      }
    } catch (Trees.Problem p) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, at + ".extension", p.detail()));
      return;
    }
    Extension ndh = q.getExtensionByUrl(NDH);
    String ndhStatus = null;
    String whereValid = null;
    if (ndh != null) {
      Extension s = ndh.getExtensionByUrl("status");
      if (s != null && s.getValue() != null) {
        ndhStatus = s.getValue().primitiveValue();
      }
      Extension w = ndh.getExtensionByUrl("whereValid");
      if (w != null && w.getValue() instanceof CodeableConcept cc) {
        for (Coding c : cc.getCoding()) {
          if (ISO_3166_2.equals(c.getSystem()) || ISO_3166.equals(c.getSystem())) {
            whereValid = c.getCode();
          }
        }
      }
    }
    String title = code.hasText() ? code.getText() : null;
    String number = null;
    for (Identifier i : q.getIdentifier()) {
      if (i.hasValue()) {
        number = i.getValue();
        break;
      }
    }
    String period = q.hasPeriod() ? Elements.range(q.getPeriod()) : null;
    switch (kind) {
      case LICENSE -> {
        LICENSE_TITLE.put(wire, title);
        LICENSE_NUMBER.put(wire, number);
        LICENSE_VALIDITY.put(wire, period);
        LICENSE_JURISDICTION.put(wire, whereValid);
        status(wire, LICENSE_STATUS, ndhStatus, at, findings);
      }
      case REGISTRATION -> {
        REGISTRATION_TITLE.put(wire, title);
        REGISTRATION_NUMBER.put(wire, number);
        REGISTRATION_VALIDITY.put(wire, period);
        status(wire, REGISTRATION_STATUS, ndhStatus, at, findings);
      }
      case DEGREE -> {
        String field = title;
        if (field == null) {
          for (Coding c : code.getCoding()) {
            if (c.hasDisplay()) {
              field = c.getDisplay();
            }
          }
        }
        DEGREE_FIELD.put(wire, field);
        if (q.hasIssuer() && q.getIssuer().hasDisplay()) {
          DEGREE_INSTITUTION.put(wire, q.getIssuer().getDisplay());
        }
        if (q.hasPeriod() && q.getPeriod().hasStart()) {
          DEGREE_AWARDED.put(
              wire, Elements.date(q.getPeriod().getStartElement().getValueAsString()));
        }
      }
      case CERTIFICATION -> {
        if (q.hasIssuer()
            && q.getIssuer().hasIdentifier()
            && FhirTerminology.system(CertifyingBody.class)
                .equals(q.getIssuer().getIdentifier().getSystem())) {
          CERTIFICATION_BODY.put(wire, q.getIssuer().getIdentifier().getValue());
        }
        CERTIFICATION_NUMBER.put(wire, number);
        CERTIFICATION_VALIDITY.put(wire, period);
        status(wire, CERTIFICATION_STATUS, ndhStatus, at, findings);
      }
      case MEMBERSHIP -> MEMBERSHIP_PERIOD.put(wire, period);
    }
    if (q.hasPeriod() && !q.getPeriod().hasStart()) {
      findings.add(
          MappingFinding.error(
              MappingCode.MISSING_ELEMENT, at + ".period.start", "the period has no start"));
      return;
    }
    try {
      lists
          .computeIfAbsent(kind, k -> Trees.NODES.arrayNode())
          .add(Trees.tree(Trees.value(wire, kind.type)));
    } catch (Trees.Problem p) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, at, p.detail()));
    }
  }

  private static void status(
      ObjectNode wire,
      Native status,
      @Nullable String ndhStatus,
      String at,
      List<MappingFinding> findings) {
    JsonNode exact = wire.get(status.field());
    if (exact != null && ndhStatus != null && !ndhStatus(exact.asString()).equals(ndhStatus)) {
      findings.add(
          MappingFinding.warning(
              MappingCode.INVALID_VALUE,
              at + ".extension(NDH).extension(status)",
              "the NDH status and the TherapyKit status disagree; the NDH status is used"));
      exact = null;
    }
    if (exact == null && ndhStatus != null) {
      status.put(wire, ndhStatus);
    }
  }

  private static boolean isCode(Kind k, @Nullable String code) {
    for (Coded c : k.codes.getEnumConstants()) {
      if (c.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static Native codeNative(Kind k) {
    return switch (k) {
      case LICENSE -> LICENSE_PROFESSION;
      case REGISTRATION -> REGISTRATION_REGISTER;
      case DEGREE -> DEGREE_LEVEL;
      case CERTIFICATION -> CERTIFICATION_TYPE;
      case MEMBERSHIP -> MEMBERSHIP_BODY;
    };
  }

  /** The TherapyKit degree level of a v2-0360 degree code, or null. */
  private static @Nullable String v2Degree(CodeableConcept code) {
    for (Coding c : code.getCoding()) {
      if (c.getSystem() == null || !c.getSystem().startsWith(V2_0360) || c.getCode() == null) {
        continue;
      }
      String level =
          switch (c.getCode()) {
            case "AA", "AS", "BA", "BN", "BS", "BSN", "BSW" -> "bachelor";
            case "MA", "MS", "MSN", "MSW", "MBA", "MED", "MFT", "MPH" -> "master";
            case "PHD", "PSYD", "EDD", "DSW", "PharmD" -> "doctorate";
            case "MD", "DO" -> "medical-doctorate";
            default -> null;
          };
      if (level != null) {
        return level;
      }
    }
    return null;
  }

  private static @Nullable ObjectNode readRole(
      PractitionerRole r,
      int index,
      Function<Reference, @Nullable Organization> organizations,
      List<MappingFinding> findings) {
    String at = "PractitionerRole[" + index + "]";
    Organization o = r.hasOrganization() ? organizations.apply(r.getOrganization()) : null;
    if (o == null) {
      findings.add(
          MappingFinding.error(
              MappingCode.UNRESOLVED_REFERENCE,
              at + ".organization",
              "the role's organization is not in the bundle"));
      return null;
    }
    ObjectNode wire = Trees.NODES.objectNode();
    try {
      Extension rest = r.getExtensionByUrl(AFFILIATION_REST.url());
      if (rest != null) {
        wire.setAll(Trees.fields(rest));
      }
    } catch (Trees.Problem p) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, at + ".extension", p.detail()));
      return null;
    }
    String orgId = Elements.identifierValue(o.getIdentifier(), "organization");
    if (orgId == null && o.getIdElement().getIdPart() != null) {
      orgId = o.getIdElement().getIdPart();
    }
    AFFILIATION_ORGANIZATION_ID.put(wire, orgId);
    AFFILIATION_ORGANIZATION_NAME.put(wire, o.getName());
    for (CodeableConcept t : o.getType()) {
      FhirTerminology.decode(OrganizationKind.class, t)
          .ifPresent(k -> AFFILIATION_ORGANIZATION_KIND.put(wire, k.code()));
    }
    if (!wire.has(AFFILIATION_ORGANIZATION_KIND.field())) {
      AFFILIATION_ORGANIZATION_KIND.put(wire, OrganizationKind.OTHER.code());
    }
    for (CodeableConcept c : r.getCode()) {
      FhirTerminology.decode(AffiliationRole.class, c)
          .ifPresent(k -> AFFILIATION_ROLE.put(wire, k.code()));
    }
    if (!wire.has(AFFILIATION_ROLE.field())) {
      findings.add(
          MappingFinding.error(
              MappingCode.UNKNOWN_CODE,
              at + ".code",
              "the role has no TherapyKit affiliation-role code"));
      return null;
    }
    if (r.hasPeriod()) {
      AFFILIATION_PERIOD.put(wire, Elements.range(r.getPeriod()));
    }
    try {
      return Trees.tree(Trees.value(wire, org.therapykit.practitioner.Affiliation.class));
    } catch (Trees.Problem p) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, at, p.detail()));
      return null;
    }
  }

  private static boolean isIdentifier(String id) {
    try {
      PractitionerId.of(id);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void text(CodeableConcept c, @Nullable String text) {
    if (text != null) {
      c.setText(text);
    }
  }

  private static void identifier(PractitionerQualificationComponent q, @Nullable String value) {
    if (value != null) {
      q.addIdentifier(new Identifier().setValue(value));
    }
  }
}
