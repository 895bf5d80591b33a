package org.therapykit.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.course.CaseReport;
import org.therapykit.course.TherapyCase;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Organization;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.referral.Referral;

/**
 * The root document types and the envelope property that holds each: a document is {@code
 * {"formatVersion": "1.0", "<kind>": {...}}}.
 */
final class Documents {
  /** The version this library writes. */
  static final String FORMAT_VERSION = "1.0";

  /** The major version this library reads; any minor version of it is accepted. */
  static final int MAJOR = 1;

  private static final Map<Class<?>, String> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put(Practitioner.class, "practitioner");
    KINDS.put(QualificationAssessment.class, "qualificationAssessment");
    KINDS.put(TherapyCase.class, "therapyCase");
    KINDS.put(CaseReport.class, "caseReport");
    KINDS.put(Referral.class, "referral");
    KINDS.put(ReleaseAuthorization.class, "releaseAuthorization");
    KINDS.put(TreatmentPlan.class, "treatmentPlan");
    KINDS.put(Organization.class, "organization");
    KINDS.put(DirectoryQuery.class, "directoryQuery");
    KINDS.put(DirectoryResult.class, "directoryResult");
    KINDS.put(DisclosureRequest.class, "disclosureRequest");
    KINDS.put(DisclosureDecision.class, "disclosureDecision");
  }

  private Documents() {}

  /** Returns the envelope property of a root type. */
  static String kindOf(Class<?> type) {
    String kind = KINDS.get(type);
    if (kind == null) {
      throw new IllegalArgumentException(
          "not a TherapyKit root document type: "
              + type.getName()
              + "; supported: "
              + KINDS.keySet());
    }
    return kind;
  }

  /** Returns the root type of a kind, or null if the kind is not known. */
  static @Nullable Class<?> typeOfKind(String kind) {
    for (Map.Entry<Class<?>, String> e : KINDS.entrySet()) {
      if (e.getValue().equals(kind)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Returns the root type a value is an instance of. */
  static Class<?> rootTypeOf(Object value) {
    for (Class<?> type : KINDS.keySet()) {
      if (type.isInstance(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "not a TherapyKit root document: " + value.getClass().getName());
  }

  /** Returns every root type with its kind, in a stable order. */
  static Map<Class<?>, String> all() {
    return KINDS;
  }
}
