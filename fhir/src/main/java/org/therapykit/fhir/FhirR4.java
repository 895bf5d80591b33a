package org.therapykit.fhir;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.course.TherapyCase;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Severity;

/**
 * The FHIR R4 bridge: TherapyKit values to and from HAPI FHIR's R4 structures, and the bundle-level
 * entry point, a {@code Bundle} of practitioners in and their qualification assessments out.
 *
 * <pre>{@code
 * FhirR4 fhir = FhirR4.create();
 * Bundle in = fhir.parseBundle(json);            // practitioners, roles, organisations
 * BundleAssessment out = fhir.assess(in, QualificationPolicy.standard(), LocalDate.of(2026, 6, 1));
 * out.assessments();                              // TherapyKit values
 * String stored = fhir.encode(out.bundle());      // Basic + PractitionerRole per practitioner
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe; it holds one HAPI {@code FhirContext} (costly to
 * create), so create one and share it. Reading FHIR never throws for content: what cannot be mapped
 * is reported as {@link MappingFinding}s, and the rest is mapped. What maps to what, element by
 * element, is in {@code docs/fhir-mapping.md}.
 */
public final class FhirR4 {
  private static final Pattern ELEMENT = Pattern.compile("element=\"([A-Za-z0-9_.\\[\\]]+)\"");

  private final FhirContext context;

  private FhirR4(FhirContext context) {
    this.context = context;
  }

  /**
   * Returns a bridge over HAPI's shared R4 context ({@code FhirContext.forR4Cached()}).
   *
   * @return the bridge, not null
   */
  public static FhirR4 create() {
    return new FhirR4(FhirContext.forR4Cached());
  }

  /**
   * Returns a bridge over the host's own R4 context.
   *
   * @param context an R4 context, not null
   * @return the bridge, not null
   * @throws IllegalArgumentException if the context is not R4
   */
  public static FhirR4 using(FhirContext context) {
    if (context.getVersion().getVersion() != ca.uhn.fhir.context.FhirVersionEnum.R4) {
      throw new IllegalArgumentException("not an R4 context: " + context.getVersion().getVersion());
    }
    return new FhirR4(context);
  }

  /**
   * Returns the HAPI context the bridge parses and encodes with.
   *
   * @return the context, not null
   */
  public FhirContext context() {
    return context;
  }

  // ---- practitioners --------------------------------------------------------------------------

  /**
   * Maps a practitioner to FHIR.
   *
   * @param practitioner the practitioner, not null
   * @return the new resources, not null
   */
  public PractitionerResources toFhir(Practitioner practitioner) {
    return PractitionerMapping.write(requireNonNull(practitioner, "practitioner"));
  }

  /**
   * Maps a FHIR practitioner, with its roles and their organisations, to TherapyKit.
   *
   * @param practitioner the FHIR practitioner, not null
   * @param roles its roles (affiliations), not null
   * @param organizations the organisations the roles refer to, not null
   * @return the practitioner, if it could be built, and the findings; never throws for content
   */
  public Mapped<Practitioner> fromFhir(
      org.hl7.fhir.r4.model.Practitioner practitioner,
      List<PractitionerRole> roles,
      List<Organization> organizations) {
    Resolver resolver = new Resolver();
    for (Organization o : organizations) {
      resolver.add(null, o);
    }
    return PractitionerMapping.read(
        practitioner, roles, r -> resolver.resolve(r, Organization.class));
  }

  /**
   * Maps a practitioner's resources back to TherapyKit.
   *
   * @param resources resources as {@link #toFhir(Practitioner)} writes them, not null
   * @return the practitioner and the findings
   */
  public Mapped<Practitioner> fromFhir(PractitionerResources resources) {
    return fromFhir(resources.practitioner(), resources.roles(), resources.organizations());
  }

  /**
   * Returns a {@code collection} bundle of the practitioners' resources, each with a {@code
   * urn:uuid} full URL.
   *
   * @param practitioners the practitioners, not null
   * @return the new bundle, not null
   */
  public Bundle toBundle(Iterable<Practitioner> practitioners) {
    Bundle b = new Bundle().setType(BundleType.COLLECTION);
    Map<String, Boolean> seen = new HashMap<>();
    for (Practitioner p : practitioners) {
      for (Resource r : toFhir(p).all()) {
        if (seen.putIfAbsent(r.getIdElement().getIdPart(), true) == null) {
          b.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
        }
      }
    }
    return b;
  }

  /**
   * Reads every practitioner of a bundle, with the roles that refer to it and their organisations
   * (resolved in the bundle by full URL, {@code Type/id} or id). Entries of other types are skipped
   * with an {@code info} finding; a practitioner that cannot be mapped is left out with its
   * findings. Finding locations start at {@code Bundle.entry[i].resource}.
   *
   * @param bundle the bundle, not null
   * @return the practitioners in bundle order and the findings
   */
  public PractitionerBundle readPractitioners(Bundle bundle) {
    Resolver resolver = new Resolver();
    List<BundleEntryComponent> entries = bundle.getEntry();
    for (BundleEntryComponent e : entries) {
      if (e.hasResource()) {
        resolver.add(e.getFullUrl(), e.getResource());
      }
    }
    Map<IBaseResource, List<PractitionerRole>> roles = new HashMap<>();
    List<MappingFinding> findings = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      String at = "Bundle.entry[" + i + "].resource";
      if (r instanceof PractitionerRole role && !isAssessmentRole(role)) {
        org.hl7.fhir.r4.model.Practitioner p =
            role.hasPractitioner()
                ? resolver.resolve(role.getPractitioner(), org.hl7.fhir.r4.model.Practitioner.class)
                : null;
        if (p == null) {
          findings.add(
              MappingFinding.error(
                  MappingCode.UNRESOLVED_REFERENCE,
                  at + ".practitioner",
                  "the role's practitioner is not in the bundle"));
        } else {
          roles.computeIfAbsent(p, k -> new ArrayList<>()).add(role);
        }
      }
    }
    ImmutableList.Builder<Practitioner> out = ImmutableList.builder();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      String at = "Bundle.entry[" + i + "].resource";
      if (r instanceof org.hl7.fhir.r4.model.Practitioner p) {
        Mapped<Practitioner> m =
            PractitionerMapping.read(
                p,
                roles.getOrDefault(p, List.of()),
                ref -> resolver.resolve(ref, Organization.class));
        m.findings().forEach(f -> findings.add(f.under(at)));
        m.value().ifPresent(out::add);
      } else if (r == null) {
        findings.add(
            MappingFinding.error(
                MappingCode.MISSING_ELEMENT,
                "Bundle.entry[" + i + "]",
                "the entry has no resource"));
      } else if (!(r instanceof PractitionerRole
          || r instanceof Organization
          || r instanceof org.hl7.fhir.r4.model.Location
          || r instanceof Basic)) {
        findings.add(
            new MappingFinding(
                MappingCode.UNSUPPORTED_RESOURCE,
                at,
                Severity.INFO,
                "a " + r.fhirType() + " is not read as part of a practitioner; skipped"));
      }
    }
    return new PractitionerBundle(out.build(), ImmutableList.copyOf(findings));
  }

  private static boolean isAssessmentRole(PractitionerRole role) {
    for (CodeableConcept c : role.getSpecialty()) {
      if (FhirTerminology.decode(Classification.class, c).isPresent()) {
        return true;
      }
    }
    return false;
  }

  // ---- courses of therapy -------------------------------------------------------------------

  /**
   * Writes a course of therapy as a FHIR {@code collection} bundle. Psychotherapy notes are never
   * exported: each one left out is reported as a {@code WITHHELD} finding.
   *
   * @param therapyCase the case, not null
   * @return the bundle and the findings, not null
   */
  public CaseBundle toFhir(TherapyCase therapyCase) {
    return CaseMapping.write(requireNonNull(therapyCase, "therapyCase"));
  }

  /**
   * Reads a course of therapy from a bundle as {@link #toFhir(TherapyCase)} writes it. The case's
   * {@code Basic} (code {@code therapy-case}) names the practitioner and the Group; the other
   * resources are read in bundle order. What cannot be mapped is reported and left out.
   *
   * @param bundle the bundle, not null
   * @return the case, if it could be built, and the findings
   */
  public Mapped<TherapyCase> readCase(Bundle bundle) {
    return CaseMapping.read(requireNonNull(bundle, "bundle"));
  }

  /**
   * Reads one FHIR {@code Consent} as a release-of-information authorisation. Its patient must be a
   * reference whose identifier is a TherapyKit client id (system {@code
   * https://therapykit.org/fhir/id/client}). A Consent without the TherapyKit extension (one
   * TherapyKit did not write) is reported {@code UNINTERPRETABLE_CONSENT}: FHIR has no elements for
   * the signature and the three statements HIPAA requires of an authorisation.
   *
   * @param consent the Consent, not null
   * @return the authorisation, if it could be built, and the findings
   */
  public Mapped<ReleaseAuthorization> readAuthorization(Consent consent) {
    return CaseMapping.readConsent(requireNonNull(consent, "consent"), ReleaseAuthorization.class);
  }

  /**
   * Reads one FHIR {@code Consent} as a consent to therapy, as {@link #readAuthorization(Consent)}
   * does.
   *
   * @param consent the Consent, not null
   * @return the consent, if it could be built, and the findings
   */
  public Mapped<TreatmentConsent> readTreatmentConsent(Consent consent) {
    return CaseMapping.readConsent(requireNonNull(consent, "consent"), TreatmentConsent.class);
  }

  // ---- assessments ----------------------------------------------------------------------------

  /**
   * Maps an assessment to FHIR.
   *
   * @param assessment the assessment, not null
   * @return the new resources, not null
   */
  public AssessmentResources toFhir(QualificationAssessment assessment) {
    return AssessmentMapping.write(requireNonNull(assessment, "assessment"));
  }

  /**
   * Maps a {@code Basic} written by {@link #toFhir(QualificationAssessment)} back to TherapyKit.
   *
   * @param assessment the Basic, not null
   * @return the assessment and the findings
   */
  public Mapped<QualificationAssessment> fromFhir(Basic assessment) {
    return AssessmentMapping.read(assessment);
  }

  /**
   * The bundle-level entry point: reads the practitioners of a bundle, assesses each under the
   * policy on the date, and returns the assessments both as TherapyKit values and as a {@code
   * collection} bundle (a {@code Basic} and a {@code PractitionerRole} per practitioner, then, if
   * anything could not be mapped, one {@code OperationOutcome} listing the findings).
   *
   * @param practitioners the input bundle, not null
   * @param policy the policy, not null
   * @param asOf the date of the assessments, not null
   * @return the assessments, the findings and the output bundle
   */
  public BundleAssessment assess(Bundle practitioners, QualificationPolicy policy, LocalDate asOf) {
    requireNonNull(policy, "policy");
    requireNonNull(asOf, "asOf");
    PractitionerBundle in = readPractitioners(practitioners);
    ImmutableList.Builder<QualificationAssessment> assessments = ImmutableList.builder();
    Bundle out = new Bundle().setType(BundleType.COLLECTION);
    for (Practitioner p : in.practitioners()) {
      QualificationAssessment a = policy.assess(p, asOf);
      assessments.add(a);
      AssessmentResources r = toFhir(a);
      out.addEntry()
          .setFullUrl("urn:uuid:" + r.assessment().getIdElement().getIdPart())
          .setResource(r.assessment());
      out.addEntry()
          .setFullUrl("urn:uuid:" + r.role().getIdElement().getIdPart())
          .setResource(r.role());
    }
    if (!in.findings().isEmpty()) {
      OperationOutcome oo = outcome(in.findings());
      oo.setId(Elements.fhirId("OperationOutcome", asOf.toString(), policy.id()));
      out.addEntry().setFullUrl("urn:uuid:" + oo.getIdElement().getIdPart()).setResource(oo);
    }
    return new BundleAssessment(assessments.build(), in.findings(), out);
  }

  /**
   * Returns mapping findings as a FHIR {@code OperationOutcome}: one issue per finding, its details
   * coded in the {@code mapping-code} CodeSystem, its expression the location.
   *
   * @param findings the findings, not null
   * @return the new resource, not null
   */
  public static OperationOutcome outcome(List<MappingFinding> findings) {
    OperationOutcome oo = new OperationOutcome();
    for (MappingFinding f : findings) {
      oo.addIssue()
          .setSeverity(
              switch (f.severity()) {
                case ERROR -> IssueSeverity.ERROR;
                case WARNING -> IssueSeverity.WARNING;
                case INFO -> IssueSeverity.INFORMATION;
              })
          .setCode(
              switch (f.code()) {
                case UNKNOWN_CODE -> IssueType.CODEINVALID;
                case MISSING_ELEMENT -> IssueType.REQUIRED;
                case UNRESOLVED_REFERENCE -> IssueType.NOTFOUND;
                case UNSUPPORTED_RESOURCE -> IssueType.NOTSUPPORTED;
                case WITHHELD -> IssueType.SUPPRESSED;
                case UNPARSABLE -> IssueType.STRUCTURE;
                case INVALID_VALUE, UNINTERPRETABLE_CONSENT -> IssueType.INVALID;
              })
          .setDetails(new CodeableConcept(FhirTerminology.coding(f.code())).setText(f.message()))
          .addExpression(f.location());
    }
    return oo;
  }

  // ---- JSON -----------------------------------------------------------------------------------

  /**
   * Parses FHIR R4 JSON (pretty or compact) into a resource, strictly: HAPI's {@code
   * StrictErrorHandler} rejects unknown elements, values of the wrong JSON type and invalid
   * primitive values, which HAPI's default handler only logs.
   *
   * @param json the JSON text, not null
   * @return the resource, not null
   * @throws FhirInputException if the text is not a FHIR R4 resource HAPI can parse; its message
   *     holds no input value
   */
  public IBaseResource parse(String json) {
    try {
      return parser().parseResource(requireNonNull(json, "json"));
    } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      Matcher m = ELEMENT.matcher(message);
      throw new FhirInputException(
          "not a FHIR R4 resource in JSON that HAPI can parse", m.find() ? m.group(1) : "");
    }
  }

  /**
   * Parses FHIR R4 JSON that must be a {@code Bundle}.
   *
   * @param json the JSON text, not null
   * @return the bundle, not null
   * @throws FhirInputException if the text is not a FHIR bundle
   */
  public Bundle parseBundle(String json) {
    IBaseResource r = parse(json);
    if (r instanceof Bundle b) {
      return b;
    }
    throw new FhirInputException("a FHIR resource, but not a Bundle: " + r.fhirType(), "");
  }

  /**
   * Encodes a resource as compact FHIR JSON.
   *
   * @param resource the resource, not null
   * @return the JSON, not null
   */
  public String encode(IBaseResource resource) {
    return parser().encodeResourceToString(requireNonNull(resource, "resource"));
  }

  /**
   * Encodes a resource as pretty-printed FHIR JSON.
   *
   * @param resource the resource, not null
   * @return the JSON, not null
   */
  public String encodePretty(IBaseResource resource) {
    return parser()
        .setPrettyPrint(true)
        .encodeResourceToString(requireNonNull(resource, "resource"));
  }

  private IParser parser() {
    // strict, as TherapyJson is: an unknown element or a value of the wrong type is an error
    return context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
  }

  /** Finds the resources of a bundle by full URL, by {@code Type/id} and by id. */
  static final class Resolver {
    private final Map<String, Resource> byKey = new HashMap<>();

    void add(@Nullable String fullUrl, Resource r) {
      if (fullUrl != null && !fullUrl.isEmpty()) {
        byKey.putIfAbsent(fullUrl, r);
      }
      String id = r.getIdElement().getIdPart();
      if (id != null) {
        byKey.putIfAbsent(r.fhirType() + "/" + id, r);
        byKey.putIfAbsent("urn:uuid:" + id, r);
      }
    }

    <T extends Resource> @Nullable T resolve(Reference ref, Class<T> type) {
      String key = ref.getReference();
      if (key == null) {
        return null;
      }
      Resource r = byKey.get(key);
      if (r == null) {
        int slash = key.lastIndexOf('/', key.lastIndexOf('/') - 1);
        if (slash >= 0) {
          r = byKey.get(key.substring(slash + 1)); // an absolute URL: its Type/id
        }
      }
      return type.isInstance(r) ? type.cast(r) : null;
    }
  }
}
