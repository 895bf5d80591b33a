package org.therapykit.json;

import java.util.List;
import java.util.Map;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.Coded;
import org.therapykit.DateRange;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.ReferralId;
import org.therapykit.client.FertilityStage;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.DisclosureOutcome;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.Signer;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.VerificationSource;
import org.therapykit.directory.ExclusionReason;
import org.therapykit.directory.PlacementReason;
import org.therapykit.directory.ServiceMode;
import org.therapykit.intake.Answer;
import org.therapykit.intake.HistoryTopic;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.intake.ReasonForAttending;
import org.therapykit.plan.GoalAchievementStatus;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.GoalLifecycleStatus;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.HomeworkStatus;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.RevisionReason;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.SexualDysfunction;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.qualification.Requirement;
import org.therapykit.qualification.ScopeOfPractice;
import org.therapykit.referral.ReferralReason;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for hosts that own a {@code JsonMapper}: it teaches the mapper the
 * TherapyKit wire format of every model type, and nothing about any other type.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(TherapyJson.module()).build();
 * Practitioner p = mapper.readValue(json, Practitioner.class);
 * }</pre>
 *
 * <p>Registered through this module, values read and write without the document envelope ({@code
 * formatVersion}) that {@link TherapyJson} adds, and with the host mapper's own settings:
 * strictness (unknown properties, duplicates, coercion, nulls), read limits and the handling of
 * {@code java.time.LocalDate} are the host's. For the strict, limited and versioned reading
 * TherapyKit guarantees, use {@link TherapyJson}. The module changes nothing for types that are not
 * TherapyKit's.
 *
 * <p>Immutable and thread-safe; one instance may be registered with any number of mappers.
 */
public final class TherapyJsonModule extends JacksonModule {
  private static final List<Class<? extends Coded>> CODED_ENUMS =
      List.of(
          Profession.class,
          LicenseStatus.class,
          DegreeLevel.class,
          OrganizationKind.class,
          AffiliationRole.class,
          CertifyingBody.class,
          CertificationType.class,
          CertificationStatus.class,
          VerificationSource.class,
          TrainingCategory.class,
          Delivery.class,
          Discipline.class,
          Classification.class,
          ScopeOfPractice.class,
          Requirement.class,
          Severity.class,
          PartyRole.class,
          FertilityStage.class,
          UnitKind.class,
          ReferralReason.class,
          ReferralStatus.class,
          HistoryTopic.class,
          Answer.class,
          IntakeStatus.class,
          ReasonForAttending.class,
          Signer.class,
          InformationCategory.class,
          DisclosurePurpose.class,
          ExpiryEvent.class,
          PlanStatus.class,
          RevisionReason.class,
          GoalCategory.class,
          SexualDysfunction.class,
          GoalLifecycleStatus.class,
          GoalAchievementStatus.class,
          SessionKind.class,
          HomeworkKind.class,
          HomeworkStatus.class,
          PracticeArea.class,
          ServiceMode.class,
          PlacementReason.class,
          ExclusionReason.class,
          DisclosureOutcome.class);

  TherapyJsonModule() {}

  @Override
  public String getModuleName() {
    return "therapykit";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.therapykit", "therapykit-core");
  }

  @Override
  public void setupModule(SetupContext context) {
    for (Map.Entry<Class<?>, Class<?>> e : MixIns.all().entrySet()) {
      context.setMixIn(e.getKey(), e.getValue());
    }
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    text(serializers, deserializers, PractitionerId.class, PractitionerId::of, "an identifier");
    text(serializers, deserializers, OrganizationId.class, OrganizationId::of, "an identifier");
    text(serializers, deserializers, ClientId.class, ClientId::of, "an identifier");
    text(serializers, deserializers, CaseId.class, CaseId::of, "an identifier");
    text(serializers, deserializers, ReferralId.class, ReferralId::of, "an identifier");
    text(serializers, deserializers, GoalId.class, GoalId::of, "an identifier");
    text(serializers, deserializers, HomeworkId.class, HomeworkId::of, "an identifier");
    text(serializers, deserializers, AuthorizationId.class, AuthorizationId::of, "an identifier");
    text(
        serializers,
        deserializers,
        Jurisdiction.class,
        Jurisdiction::parse,
        "a jurisdiction such as US-FL");
    text(
        serializers,
        deserializers,
        DateRange.class,
        DateRange::parse,
        "a date range such as 2024-01-01/2026-12-31 or 2024-01-01/..");
    serializers.addSerializer(Hours.class, new Codecs.HoursSerializer());
    deserializers.addDeserializer(Hours.class, new Codecs.HoursDeserializer());
    serializers.addSerializer(FindingCode.class, new Codecs.FindingCodeSerializer());
    deserializers.addDeserializer(FindingCode.class, new Codecs.FindingCodeDeserializer());
    Codecs.CodedSerializer coded = new Codecs.CodedSerializer();
    for (Class<? extends Coded> type : CODED_ENUMS) {
      serializers.addSerializer(type, coded);
      addCoded(deserializers, type);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // every class in CODED_ENUMS is an enum
  private static void addCoded(SimpleDeserializers deserializers, Class<? extends Coded> type) {
    deserializers.addDeserializer(
        (Class) type, new Codecs.CodedDeserializer(type.asSubclass(Enum.class)));
  }

  private static <T> void text(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      Class<T> type,
      java.util.function.Function<String, T> parse,
      String expected) {
    serializers.addSerializer(type, new Codecs.TextSerializer<>(type, Object::toString));
    deserializers.addDeserializer(type, new Codecs.TextDeserializer<>(type, parse, expected));
  }

  /** Returns the enum types whose constants are written as their {@link Coded#code()}. */
  static List<Class<? extends Coded>> codedEnums() {
    return CODED_ENUMS;
  }
}
