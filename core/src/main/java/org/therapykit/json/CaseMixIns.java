package org.therapykit.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.ReferralId;
import org.therapykit.client.Client;
import org.therapykit.client.FertilityContext;
import org.therapykit.client.FertilityStage;
import org.therapykit.client.TreatedUnit;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.Signature;
import org.therapykit.consent.Signer;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.course.CaseReport;
import org.therapykit.course.TherapyCase;
import org.therapykit.intake.Answer;
import org.therapykit.intake.HistoryItem;
import org.therapykit.intake.HistorySection;
import org.therapykit.intake.HistoryTopic;
import org.therapykit.intake.IntakeForm;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.intake.ReasonForAttending;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalAchievementStatus;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.GoalLifecycleStatus;
import org.therapykit.plan.GoalRevision;
import org.therapykit.plan.GoalTarget;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.HomeworkOutcome;
import org.therapykit.plan.HomeworkStatus;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.ProgressNote;
import org.therapykit.plan.PsychotherapyNote;
import org.therapykit.plan.RevisionReason;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.SexualDysfunction;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.referral.Referral;
import org.therapykit.referral.ReferralReason;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.validation.Finding;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The JSON shape of the course-of-therapy types (parties, clients, referral, intake, consent and
 * release, plan, goals, sessions, homework, the case and its report), as Jackson mix-ins.
 * Set-valued properties are JSON arrays without duplicates, in the order the model keeps them.
 */
final class CaseMixIns {
  private CaseMixIns() {}

  /** Adds this area's mix-ins, keyed by their targets, in a stable order. */
  static void addTo(Map<Class<?>, Class<?>> mixIns) {
    mixIns.put(Party.class, PartyMixIn.class);
    mixIns.put(Party.Builder.class, PartyBuilderMixIn.class);
    mixIns.put(Client.class, ClientMixIn.class);
    mixIns.put(Client.Builder.class, ClientBuilderMixIn.class);
    mixIns.put(FertilityContext.class, FertilityContextMixIn.class);
    mixIns.put(FertilityContext.Builder.class, FertilityContextBuilderMixIn.class);
    mixIns.put(TreatedUnit.class, TreatedUnitMixIn.class);
    mixIns.put(TreatedUnit.Builder.class, TreatedUnitBuilderMixIn.class);
    mixIns.put(Referral.class, ReferralMixIn.class);
    mixIns.put(Referral.Builder.class, ReferralBuilderMixIn.class);
    mixIns.put(HistoryItem.class, HistoryItemMixIn.class);
    mixIns.put(HistoryItem.Builder.class, HistoryItemBuilderMixIn.class);
    mixIns.put(HistorySection.class, HistorySectionMixIn.class);
    mixIns.put(HistorySection.Builder.class, HistorySectionBuilderMixIn.class);
    mixIns.put(IntakeForm.class, IntakeFormMixIn.class);
    mixIns.put(IntakeForm.Builder.class, IntakeFormBuilderMixIn.class);
    mixIns.put(Signature.class, SignatureMixIn.class);
    mixIns.put(Signature.Builder.class, SignatureBuilderMixIn.class);
    mixIns.put(TreatmentConsent.class, TreatmentConsentMixIn.class);
    mixIns.put(TreatmentConsent.Builder.class, TreatmentConsentBuilderMixIn.class);
    mixIns.put(ReleaseAuthorization.class, ReleaseAuthorizationMixIn.class);
    mixIns.put(ReleaseAuthorization.Builder.class, ReleaseAuthorizationBuilderMixIn.class);
    mixIns.put(Disclosure.class, DisclosureMixIn.class);
    mixIns.put(Disclosure.Builder.class, DisclosureBuilderMixIn.class);
    mixIns.put(PlanVersion.class, PlanVersionMixIn.class);
    mixIns.put(PlanVersion.Builder.class, PlanVersionBuilderMixIn.class);
    mixIns.put(TreatmentPlan.class, TreatmentPlanMixIn.class);
    mixIns.put(TreatmentPlan.Builder.class, TreatmentPlanBuilderMixIn.class);
    mixIns.put(GoalTarget.class, GoalTargetMixIn.class);
    mixIns.put(GoalTarget.Builder.class, GoalTargetBuilderMixIn.class);
    mixIns.put(GoalRevision.class, GoalRevisionMixIn.class);
    mixIns.put(GoalRevision.Builder.class, GoalRevisionBuilderMixIn.class);
    mixIns.put(Goal.class, GoalMixIn.class);
    mixIns.put(Goal.Builder.class, GoalBuilderMixIn.class);
    mixIns.put(ProgressNote.class, ProgressNoteMixIn.class);
    mixIns.put(ProgressNote.Builder.class, ProgressNoteBuilderMixIn.class);
    mixIns.put(PsychotherapyNote.class, PsychotherapyNoteMixIn.class);
    mixIns.put(PsychotherapyNote.Builder.class, PsychotherapyNoteBuilderMixIn.class);
    mixIns.put(Session.class, SessionMixIn.class);
    mixIns.put(Session.Builder.class, SessionBuilderMixIn.class);
    mixIns.put(HomeworkOutcome.class, HomeworkOutcomeMixIn.class);
    mixIns.put(HomeworkOutcome.Builder.class, HomeworkOutcomeBuilderMixIn.class);
    mixIns.put(HomeworkAssignment.class, HomeworkAssignmentMixIn.class);
    mixIns.put(HomeworkAssignment.Builder.class, HomeworkAssignmentBuilderMixIn.class);
    mixIns.put(TherapyCase.class, TherapyCaseMixIn.class);
    mixIns.put(TherapyCase.Builder.class, TherapyCaseBuilderMixIn.class);
    mixIns.put(CaseReport.class, CaseReportMixIn.class);
    mixIns.put(CaseReport.Builder.class, CaseReportBuilderMixIn.class);
  }

  /** The wire form of {@link Party}. */
  @JsonDeserialize(builder = Party.Builder.class)
  @JsonPropertyOrder({"role", "name", "practitioner", "organization", "client"})
  @StrictJson
  abstract static class PartyMixIn {
    @JsonProperty("role")
    abstract PartyRole role();

    @JsonProperty("name")
    abstract Optional<String> name();

    @JsonProperty("practitioner")
    abstract Optional<PractitionerId> practitioner();

    @JsonProperty("organization")
    abstract Optional<OrganizationId> organization();

    @JsonProperty("client")
    abstract Optional<ClientId> client();
  }

  /** Binds JSON properties to {@link Party.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class PartyBuilderMixIn {
    @JsonProperty("role")
    abstract Object role(PartyRole value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("practitioner")
    abstract Object practitioner(PractitionerId value);

    @JsonProperty("organization")
    abstract Object organization(OrganizationId value);

    @JsonProperty("client")
    abstract Object client(ClientId value);
  }

  /** The wire form of {@link Client}. */
  @JsonDeserialize(builder = Client.Builder.class)
  @JsonPropertyOrder({"id", "displayName"})
  @StrictJson
  abstract static class ClientMixIn {
    @JsonProperty("id")
    abstract ClientId id();

    @JsonProperty("displayName")
    abstract Optional<String> displayName();
  }

  /** Binds JSON properties to {@link Client.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class ClientBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(ClientId value);

    @JsonProperty("displayName")
    abstract Object displayName(String value);
  }

  /** The wire form of {@link FertilityContext}. */
  @JsonDeserialize(builder = FertilityContext.Builder.class)
  @JsonPropertyOrder({"stage", "clinic"})
  @StrictJson
  abstract static class FertilityContextMixIn {
    @JsonProperty("stage")
    abstract FertilityStage stage();

    @JsonProperty("clinic")
    abstract Optional<OrganizationId> clinic();
  }

  /** Binds JSON properties to {@link FertilityContext.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class FertilityContextBuilderMixIn {
    @JsonProperty("stage")
    abstract Object stage(FertilityStage value);

    @JsonProperty("clinic")
    abstract Object clinic(OrganizationId value);
  }

  /** The wire form of {@link TreatedUnit}. */
  @JsonDeserialize(builder = TreatedUnit.Builder.class)
  @JsonPropertyOrder({"kind", "clients", "fertilityContext"})
  @StrictJson
  abstract static class TreatedUnitMixIn {
    @JsonProperty("kind")
    abstract UnitKind kind();

    @JsonProperty("clients")
    abstract ImmutableList<Client> clients();

    @JsonProperty("fertilityContext")
    abstract Optional<FertilityContext> fertilityContext();
  }

  /** Binds JSON properties to {@link TreatedUnit.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class TreatedUnitBuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(UnitKind value);

    @JsonProperty("clients")
    @JsonDeserialize(as = List.class, contentAs = Client.class)
    abstract Object clients(Iterable<? extends Client> values);

    @JsonProperty("fertilityContext")
    abstract Object fertilityContext(FertilityContext value);
  }

  /** The wire form of {@link Referral}. */
  @JsonDeserialize(builder = Referral.Builder.class)
  @JsonPropertyOrder({
    "id",
    "referrer",
    "recipient",
    "authoredOn",
    "reason",
    "status",
    "statusDate",
    "expiresOn"
  })
  @StrictJson
  abstract static class ReferralMixIn {
    @JsonProperty("id")
    abstract ReferralId id();

    @JsonProperty("referrer")
    abstract Party referrer();

    @JsonProperty("recipient")
    abstract Party recipient();

    @JsonProperty("authoredOn")
    abstract LocalDate authoredOn();

    @JsonProperty("reason")
    abstract ReferralReason reason();

    @JsonProperty("status")
    abstract ReferralStatus status();

    @JsonProperty("statusDate")
    abstract Optional<LocalDate> statusDate();

    @JsonProperty("expiresOn")
    abstract Optional<LocalDate> expiresOn();
  }

  /** Binds JSON properties to {@link Referral.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class ReferralBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(ReferralId value);

    @JsonProperty("referrer")
    abstract Object referrer(Party value);

    @JsonProperty("recipient")
    abstract Object recipient(Party value);

    @JsonProperty("authoredOn")
    abstract Object authoredOn(LocalDate value);

    @JsonProperty("reason")
    abstract Object reason(ReferralReason value);

    @JsonProperty("status")
    abstract Object status(ReferralStatus value);

    @JsonProperty("statusDate")
    abstract Object statusDate(LocalDate value);

    @JsonProperty("expiresOn")
    abstract Object expiresOn(LocalDate value);
  }

  /** The wire form of {@link HistoryItem}. */
  @JsonDeserialize(builder = HistoryItem.Builder.class)
  @JsonPropertyOrder({"topic", "answer", "note"})
  @StrictJson
  abstract static class HistoryItemMixIn {
    @JsonProperty("topic")
    abstract HistoryTopic topic();

    @JsonProperty("answer")
    abstract Answer answer();

    @JsonProperty("note")
    abstract Optional<String> note();
  }

  /** Binds JSON properties to {@link HistoryItem.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class HistoryItemBuilderMixIn {
    @JsonProperty("topic")
    abstract Object topic(HistoryTopic value);

    @JsonProperty("answer")
    abstract Object answer(Answer value);

    @JsonProperty("note")
    abstract Object note(String value);
  }

  /** The wire form of {@link HistorySection}. */
  @JsonDeserialize(builder = HistorySection.Builder.class)
  @JsonPropertyOrder({"items", "notes"})
  @StrictJson
  abstract static class HistorySectionMixIn {
    @JsonProperty("items")
    abstract ImmutableList<HistoryItem> items();

    @JsonProperty("notes")
    abstract Optional<String> notes();
  }

  /** Binds JSON properties to {@link HistorySection.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class HistorySectionBuilderMixIn {
    @JsonProperty("items")
    @JsonDeserialize(as = List.class, contentAs = HistoryItem.class)
    abstract Object items(Iterable<? extends HistoryItem> values);

    @JsonProperty("notes")
    abstract Object notes(String value);
  }

  /** The wire form of {@link IntakeForm}. */
  @JsonDeserialize(builder = IntakeForm.Builder.class)
  @JsonPropertyOrder({
    "client",
    "status",
    "completedOn",
    "physicalHistory",
    "mentalHealthHistory",
    "sexualHistory",
    "reasons",
    "reasonsText",
    "topics"
  })
  @StrictJson
  abstract static class IntakeFormMixIn {
    @JsonProperty("client")
    abstract ClientId client();

    @JsonProperty("status")
    abstract IntakeStatus status();

    @JsonProperty("completedOn")
    abstract Optional<LocalDate> completedOn();

    @JsonProperty("physicalHistory")
    abstract HistorySection physicalHistory();

    @JsonProperty("mentalHealthHistory")
    abstract HistorySection mentalHealthHistory();

    @JsonProperty("sexualHistory")
    abstract HistorySection sexualHistory();

    @JsonProperty("reasons")
    abstract ImmutableSet<ReasonForAttending> reasons();

    @JsonProperty("reasonsText")
    abstract Optional<String> reasonsText();

    @JsonProperty("topics")
    abstract ImmutableList<String> topics();
  }

  /** Binds JSON properties to {@link IntakeForm.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class IntakeFormBuilderMixIn {
    @JsonProperty("client")
    abstract Object client(ClientId value);

    @JsonProperty("status")
    abstract Object status(IntakeStatus value);

    @JsonProperty("completedOn")
    abstract Object completedOn(LocalDate value);

    @JsonProperty("physicalHistory")
    abstract Object physicalHistory(HistorySection value);

    @JsonProperty("mentalHealthHistory")
    abstract Object mentalHealthHistory(HistorySection value);

    @JsonProperty("sexualHistory")
    abstract Object sexualHistory(HistorySection value);

    @JsonProperty("reasons")
    @JsonDeserialize(as = UniqueList.class, contentAs = ReasonForAttending.class)
    abstract Object reasons(Iterable<? extends ReasonForAttending> values);

    @JsonProperty("reasonsText")
    abstract Object reasonsText(String value);

    @JsonProperty("topics")
    @JsonDeserialize(as = List.class, contentAs = String.class)
    abstract Object topics(Iterable<? extends String> values);
  }

  /** The wire form of {@link Signature}. */
  @JsonDeserialize(builder = Signature.Builder.class)
  @JsonPropertyOrder({"signedOn", "signer", "representativeAuthority"})
  @StrictJson
  abstract static class SignatureMixIn {
    @JsonProperty("signedOn")
    abstract LocalDate signedOn();

    @JsonProperty("signer")
    abstract Signer signer();

    @JsonProperty("representativeAuthority")
    abstract Optional<String> representativeAuthority();
  }

  /** Binds JSON properties to {@link Signature.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class SignatureBuilderMixIn {
    @JsonProperty("signedOn")
    abstract Object signedOn(LocalDate value);

    @JsonProperty("signer")
    abstract Object signer(Signer value);

    @JsonProperty("representativeAuthority")
    abstract Object representativeAuthority(String value);
  }

  /** The wire form of {@link TreatmentConsent}. */
  @JsonDeserialize(builder = TreatmentConsent.Builder.class)
  @JsonPropertyOrder({"client", "signature", "withdrawnOn"})
  @StrictJson
  abstract static class TreatmentConsentMixIn {
    @JsonProperty("client")
    abstract ClientId client();

    @JsonProperty("signature")
    abstract Signature signature();

    @JsonProperty("withdrawnOn")
    abstract Optional<LocalDate> withdrawnOn();
  }

  /** Binds JSON properties to {@link TreatmentConsent.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class TreatmentConsentBuilderMixIn {
    @JsonProperty("client")
    abstract Object client(ClientId value);

    @JsonProperty("signature")
    abstract Object signature(Signature value);

    @JsonProperty("withdrawnOn")
    abstract Object withdrawnOn(LocalDate value);
  }

  /** The wire form of {@link ReleaseAuthorization}. */
  @JsonDeserialize(builder = ReleaseAuthorization.Builder.class)
  @JsonPropertyOrder({
    "id",
    "subject",
    "discloser",
    "recipients",
    "categories",
    "purposes",
    "expiresOn",
    "expiryEvent",
    "expiryEventOccurredOn",
    "signature",
    "revokedOn",
    "revocationStatement",
    "conditioningStatement",
    "redisclosureStatement"
  })
  @StrictJson
  abstract static class ReleaseAuthorizationMixIn {
    @JsonProperty("id")
    abstract AuthorizationId id();

    @JsonProperty("subject")
    abstract ClientId subject();

    @JsonProperty("discloser")
    abstract Party discloser();

    @JsonProperty("recipients")
    abstract ImmutableList<Party> recipients();

    @JsonProperty("categories")
    abstract ImmutableSet<InformationCategory> categories();

    @JsonProperty("purposes")
    abstract ImmutableSet<DisclosurePurpose> purposes();

    @JsonProperty("expiresOn")
    abstract Optional<LocalDate> expiresOn();

    @JsonProperty("expiryEvent")
    abstract Optional<ExpiryEvent> expiryEvent();

    @JsonProperty("expiryEventOccurredOn")
    abstract Optional<LocalDate> expiryEventOccurredOn();

    @JsonProperty("signature")
    abstract Signature signature();

    @JsonProperty("revokedOn")
    abstract Optional<LocalDate> revokedOn();

    @JsonProperty("revocationStatement")
    abstract boolean revocationStatement();

    @JsonProperty("conditioningStatement")
    abstract boolean conditioningStatement();

    @JsonProperty("redisclosureStatement")
    abstract boolean redisclosureStatement();
  }

  /** Binds JSON properties to {@link ReleaseAuthorization.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class ReleaseAuthorizationBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(AuthorizationId value);

    @JsonProperty("subject")
    abstract Object subject(ClientId value);

    @JsonProperty("discloser")
    abstract Object discloser(Party value);

    @JsonProperty("recipients")
    @JsonDeserialize(as = List.class, contentAs = Party.class)
    abstract Object recipients(Iterable<? extends Party> values);

    @JsonProperty("categories")
    @JsonDeserialize(as = UniqueList.class, contentAs = InformationCategory.class)
    abstract Object categories(Iterable<? extends InformationCategory> values);

    @JsonProperty("purposes")
    @JsonDeserialize(as = UniqueList.class, contentAs = DisclosurePurpose.class)
    abstract Object purposes(Iterable<? extends DisclosurePurpose> values);

    @JsonProperty("expiresOn")
    abstract Object expiresOn(LocalDate value);

    @JsonProperty("expiryEvent")
    abstract Object expiryEvent(ExpiryEvent value);

    @JsonProperty("expiryEventOccurredOn")
    abstract Object expiryEventOccurredOn(LocalDate value);

    @JsonProperty("signature")
    abstract Object signature(Signature value);

    @JsonProperty("revokedOn")
    abstract Object revokedOn(LocalDate value);

    @JsonProperty("revocationStatement")
    abstract Object revocationStatement(boolean value);

    @JsonProperty("conditioningStatement")
    abstract Object conditioningStatement(boolean value);

    @JsonProperty("redisclosureStatement")
    abstract Object redisclosureStatement(boolean value);
  }

  /** The wire form of {@link Disclosure}. */
  @JsonDeserialize(builder = Disclosure.Builder.class)
  @JsonPropertyOrder({"date", "recipient", "categories", "subjects", "purpose", "authorizations"})
  @StrictJson
  abstract static class DisclosureMixIn {
    @JsonProperty("date")
    abstract LocalDate date();

    @JsonProperty("recipient")
    abstract Party recipient();

    @JsonProperty("categories")
    abstract ImmutableSet<InformationCategory> categories();

    @JsonProperty("subjects")
    abstract ImmutableSet<ClientId> subjects();

    @JsonProperty("purpose")
    abstract DisclosurePurpose purpose();

    @JsonProperty("authorizations")
    abstract ImmutableSet<AuthorizationId> authorizations();
  }

  /** Binds JSON properties to {@link Disclosure.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class DisclosureBuilderMixIn {
    @JsonProperty("date")
    abstract Object date(LocalDate value);

    @JsonProperty("recipient")
    abstract Object recipient(Party value);

    @JsonProperty("categories")
    @JsonDeserialize(as = UniqueList.class, contentAs = InformationCategory.class)
    abstract Object categories(Iterable<? extends InformationCategory> values);

    @JsonProperty("subjects")
    @JsonDeserialize(as = UniqueList.class, contentAs = ClientId.class)
    abstract Object subjects(Iterable<? extends ClientId> values);

    @JsonProperty("purpose")
    abstract Object purpose(DisclosurePurpose value);

    @JsonProperty("authorizations")
    @JsonDeserialize(as = UniqueList.class, contentAs = AuthorizationId.class)
    abstract Object authorizations(Iterable<? extends AuthorizationId> values);
  }

  /** The wire form of {@link PlanVersion}. */
  @JsonDeserialize(builder = PlanVersion.Builder.class)
  @JsonPropertyOrder({
    "number",
    "effectiveFrom",
    "plannedSessions",
    "reviewSessions",
    "status",
    "revisionReason"
  })
  @StrictJson
  abstract static class PlanVersionMixIn {
    @JsonProperty("number")
    abstract int number();

    @JsonProperty("effectiveFrom")
    abstract LocalDate effectiveFrom();

    @JsonProperty("plannedSessions")
    abstract int plannedSessions();

    @JsonProperty("reviewSessions")
    abstract ImmutableList<Integer> reviewSessions();

    @JsonProperty("status")
    abstract PlanStatus status();

    @JsonProperty("revisionReason")
    abstract Optional<RevisionReason> revisionReason();
  }

  /** Binds JSON properties to {@link PlanVersion.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class PlanVersionBuilderMixIn {
    @JsonProperty("number")
    abstract Object number(int value);

    @JsonProperty("effectiveFrom")
    abstract Object effectiveFrom(LocalDate value);

    @JsonProperty("plannedSessions")
    abstract Object plannedSessions(int value);

    @JsonProperty("reviewSessions")
    @JsonDeserialize(as = List.class, contentAs = Integer.class)
    abstract Object reviewSessions(Iterable<? extends Integer> values);

    @JsonProperty("status")
    abstract Object status(PlanStatus value);

    @JsonProperty("revisionReason")
    abstract Object revisionReason(RevisionReason value);
  }

  /** The wire form of {@link TreatmentPlan}. */
  @JsonDeserialize(builder = TreatmentPlan.Builder.class)
  @JsonPropertyOrder({"versions"})
  @StrictJson
  abstract static class TreatmentPlanMixIn {
    @JsonProperty("versions")
    abstract ImmutableList<PlanVersion> versions();
  }

  /** Binds JSON properties to {@link TreatmentPlan.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class TreatmentPlanBuilderMixIn {
    @JsonProperty("versions")
    @JsonDeserialize(as = List.class, contentAs = PlanVersion.class)
    abstract Object versions(Iterable<? extends PlanVersion> values);
  }

  /** The wire form of {@link GoalTarget}. */
  @JsonDeserialize(builder = GoalTarget.Builder.class)
  @JsonPropertyOrder({"measure", "detail", "due"})
  @StrictJson
  abstract static class GoalTargetMixIn {
    @JsonProperty("measure")
    abstract String measure();

    @JsonProperty("detail")
    abstract Optional<String> detail();

    @JsonProperty("due")
    abstract Optional<LocalDate> due();
  }

  /** Binds JSON properties to {@link GoalTarget.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class GoalTargetBuilderMixIn {
    @JsonProperty("measure")
    abstract Object measure(String value);

    @JsonProperty("detail")
    abstract Object detail(String value);

    @JsonProperty("due")
    abstract Object due(LocalDate value);
  }

  /** The wire form of {@link GoalRevision}. */
  @JsonDeserialize(builder = GoalRevision.Builder.class)
  @JsonPropertyOrder({"date", "lifecycleStatus", "achievementStatus", "description", "target"})
  @StrictJson
  abstract static class GoalRevisionMixIn {
    @JsonProperty("date")
    abstract LocalDate date();

    @JsonProperty("lifecycleStatus")
    abstract GoalLifecycleStatus lifecycleStatus();

    @JsonProperty("achievementStatus")
    abstract Optional<GoalAchievementStatus> achievementStatus();

    @JsonProperty("description")
    abstract String description();

    @JsonProperty("target")
    abstract Optional<GoalTarget> target();
  }

  /** Binds JSON properties to {@link GoalRevision.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class GoalRevisionBuilderMixIn {
    @JsonProperty("date")
    abstract Object date(LocalDate value);

    @JsonProperty("lifecycleStatus")
    abstract Object lifecycleStatus(GoalLifecycleStatus value);

    @JsonProperty("achievementStatus")
    abstract Object achievementStatus(GoalAchievementStatus value);

    @JsonProperty("description")
    abstract Object description(String value);

    @JsonProperty("target")
    abstract Object target(GoalTarget value);
  }

  /** The wire form of {@link Goal}. */
  @JsonDeserialize(builder = Goal.Builder.class)
  @JsonPropertyOrder({"id", "category", "dysfunction", "owners", "revisions"})
  @StrictJson
  abstract static class GoalMixIn {
    @JsonProperty("id")
    abstract GoalId id();

    @JsonProperty("category")
    abstract GoalCategory category();

    @JsonProperty("dysfunction")
    abstract Optional<SexualDysfunction> dysfunction();

    @JsonProperty("owners")
    abstract ImmutableSet<ClientId> owners();

    @JsonProperty("revisions")
    abstract ImmutableList<GoalRevision> revisions();
  }

  /** Binds JSON properties to {@link Goal.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class GoalBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(GoalId value);

    @JsonProperty("category")
    abstract Object category(GoalCategory value);

    @JsonProperty("dysfunction")
    abstract Object dysfunction(SexualDysfunction value);

    @JsonProperty("owners")
    @JsonDeserialize(as = UniqueList.class, contentAs = ClientId.class)
    abstract Object owners(Iterable<? extends ClientId> values);

    @JsonProperty("revisions")
    @JsonDeserialize(as = List.class, contentAs = GoalRevision.class)
    abstract Object revisions(Iterable<? extends GoalRevision> values);
  }

  /** The wire form of {@link ProgressNote}. */
  @JsonDeserialize(builder = ProgressNote.Builder.class)
  @JsonPropertyOrder({"text"})
  @StrictJson
  abstract static class ProgressNoteMixIn {
    @JsonProperty("text")
    abstract String text();
  }

  /** Binds JSON properties to {@link ProgressNote.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class ProgressNoteBuilderMixIn {
    @JsonProperty("text")
    abstract Object text(String value);
  }

  /** The wire form of {@link PsychotherapyNote}. */
  @JsonDeserialize(builder = PsychotherapyNote.Builder.class)
  @JsonPropertyOrder({"text"})
  @StrictJson
  abstract static class PsychotherapyNoteMixIn {
    @JsonProperty("text")
    abstract String text();
  }

  /** Binds JSON properties to {@link PsychotherapyNote.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class PsychotherapyNoteBuilderMixIn {
    @JsonProperty("text")
    abstract Object text(String value);
  }

  /** The wire form of {@link Session}. */
  @JsonDeserialize(builder = Session.Builder.class)
  @JsonPropertyOrder({
    "number",
    "date",
    "kind",
    "attendees",
    "addressedGoals",
    "progressNote",
    "psychotherapyNote"
  })
  @StrictJson
  abstract static class SessionMixIn {
    @JsonProperty("number")
    abstract int number();

    @JsonProperty("date")
    abstract LocalDate date();

    @JsonProperty("kind")
    abstract SessionKind kind();

    @JsonProperty("attendees")
    abstract ImmutableSet<ClientId> attendees();

    @JsonProperty("addressedGoals")
    abstract ImmutableSet<GoalId> addressedGoals();

    @JsonProperty("progressNote")
    abstract Optional<ProgressNote> progressNote();

    @JsonProperty("psychotherapyNote")
    abstract Optional<PsychotherapyNote> psychotherapyNote();
  }

  /** Binds JSON properties to {@link Session.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class SessionBuilderMixIn {
    @JsonProperty("number")
    abstract Object number(int value);

    @JsonProperty("date")
    abstract Object date(LocalDate value);

    @JsonProperty("kind")
    abstract Object kind(SessionKind value);

    @JsonProperty("attendees")
    @JsonDeserialize(as = UniqueList.class, contentAs = ClientId.class)
    abstract Object attendees(Iterable<? extends ClientId> values);

    @JsonProperty("addressedGoals")
    @JsonDeserialize(as = UniqueList.class, contentAs = GoalId.class)
    abstract Object addressedGoals(Iterable<? extends GoalId> values);

    @JsonProperty("progressNote")
    abstract Object progressNote(ProgressNote value);

    @JsonProperty("psychotherapyNote")
    abstract Object psychotherapyNote(PsychotherapyNote value);
  }

  /** The wire form of {@link HomeworkOutcome}. */
  @JsonDeserialize(builder = HomeworkOutcome.Builder.class)
  @JsonPropertyOrder({"reviewedInSession", "status", "note"})
  @StrictJson
  abstract static class HomeworkOutcomeMixIn {
    @JsonProperty("reviewedInSession")
    abstract int reviewedInSession();

    @JsonProperty("status")
    abstract HomeworkStatus status();

    @JsonProperty("note")
    abstract Optional<String> note();
  }

  /** Binds JSON properties to {@link HomeworkOutcome.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class HomeworkOutcomeBuilderMixIn {
    @JsonProperty("reviewedInSession")
    abstract Object reviewedInSession(int value);

    @JsonProperty("status")
    abstract Object status(HomeworkStatus value);

    @JsonProperty("note")
    abstract Object note(String value);
  }

  /** The wire form of {@link HomeworkAssignment}. */
  @JsonDeserialize(builder = HomeworkAssignment.Builder.class)
  @JsonPropertyOrder({
    "id",
    "kind",
    "description",
    "assignees",
    "assignedInSession",
    "due",
    "outcome"
  })
  @StrictJson
  abstract static class HomeworkAssignmentMixIn {
    @JsonProperty("id")
    abstract HomeworkId id();

    @JsonProperty("kind")
    abstract HomeworkKind kind();

    @JsonProperty("description")
    abstract String description();

    @JsonProperty("assignees")
    abstract ImmutableSet<ClientId> assignees();

    @JsonProperty("assignedInSession")
    abstract int assignedInSession();

    @JsonProperty("due")
    abstract Optional<LocalDate> due();

    @JsonProperty("outcome")
    abstract Optional<HomeworkOutcome> outcome();
  }

  /** Binds JSON properties to {@link HomeworkAssignment.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class HomeworkAssignmentBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(HomeworkId value);

    @JsonProperty("kind")
    abstract Object kind(HomeworkKind value);

    @JsonProperty("description")
    abstract Object description(String value);

    @JsonProperty("assignees")
    @JsonDeserialize(as = UniqueList.class, contentAs = ClientId.class)
    abstract Object assignees(Iterable<? extends ClientId> values);

    @JsonProperty("assignedInSession")
    abstract Object assignedInSession(int value);

    @JsonProperty("due")
    abstract Object due(LocalDate value);

    @JsonProperty("outcome")
    abstract Object outcome(HomeworkOutcome value);
  }

  /** The wire form of {@link TherapyCase}. */
  @JsonDeserialize(builder = TherapyCase.Builder.class)
  @JsonPropertyOrder({
    "id",
    "practitioner",
    "unit",
    "referral",
    "intakes",
    "consents",
    "authorizations",
    "disclosures",
    "plan",
    "goals",
    "sessions",
    "homework"
  })
  @StrictJson
  abstract static class TherapyCaseMixIn {
    @JsonProperty("id")
    abstract CaseId id();

    @JsonProperty("practitioner")
    abstract Practitioner practitioner();

    @JsonProperty("unit")
    abstract TreatedUnit unit();

    @JsonProperty("referral")
    abstract Optional<Referral> referral();

    @JsonProperty("intakes")
    abstract ImmutableList<IntakeForm> intakes();

    @JsonProperty("consents")
    abstract ImmutableList<TreatmentConsent> consents();

    @JsonProperty("authorizations")
    abstract ImmutableList<ReleaseAuthorization> authorizations();

    @JsonProperty("disclosures")
    abstract ImmutableList<Disclosure> disclosures();

    @JsonProperty("plan")
    abstract Optional<TreatmentPlan> plan();

    @JsonProperty("goals")
    abstract ImmutableList<Goal> goals();

    @JsonProperty("sessions")
    abstract ImmutableList<Session> sessions();

    @JsonProperty("homework")
    abstract ImmutableList<HomeworkAssignment> homework();
  }

  /** Binds JSON properties to {@link TherapyCase.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class TherapyCaseBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(CaseId value);

    @JsonProperty("practitioner")
    abstract Object practitioner(Practitioner value);

    @JsonProperty("unit")
    abstract Object unit(TreatedUnit value);

    @JsonProperty("referral")
    abstract Object referral(Referral value);

    @JsonProperty("intakes")
    @JsonDeserialize(as = List.class, contentAs = IntakeForm.class)
    abstract Object intakes(Iterable<? extends IntakeForm> values);

    @JsonProperty("consents")
    @JsonDeserialize(as = List.class, contentAs = TreatmentConsent.class)
    abstract Object consents(Iterable<? extends TreatmentConsent> values);

    @JsonProperty("authorizations")
    @JsonDeserialize(as = List.class, contentAs = ReleaseAuthorization.class)
    abstract Object authorizations(Iterable<? extends ReleaseAuthorization> values);

    @JsonProperty("disclosures")
    @JsonDeserialize(as = List.class, contentAs = Disclosure.class)
    abstract Object disclosures(Iterable<? extends Disclosure> values);

    @JsonProperty("plan")
    abstract Object plan(TreatmentPlan value);

    @JsonProperty("goals")
    @JsonDeserialize(as = List.class, contentAs = Goal.class)
    abstract Object goals(Iterable<? extends Goal> values);

    @JsonProperty("sessions")
    @JsonDeserialize(as = List.class, contentAs = Session.class)
    abstract Object sessions(Iterable<? extends Session> values);

    @JsonProperty("homework")
    @JsonDeserialize(as = List.class, contentAs = HomeworkAssignment.class)
    abstract Object homework(Iterable<? extends HomeworkAssignment> values);
  }

  /** The wire form of {@link CaseReport}. */
  @JsonDeserialize(builder = CaseReport.Builder.class)
  @JsonPropertyOrder({"caseId", "qualificationPolicyId", "findings"})
  @StrictJson
  abstract static class CaseReportMixIn {
    @JsonProperty("caseId")
    abstract CaseId caseId();

    @JsonProperty("qualificationPolicyId")
    abstract String qualificationPolicyId();

    @JsonProperty("findings")
    abstract ImmutableList<Finding> findings();
  }

  /** Binds JSON properties to {@link CaseReport.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class CaseReportBuilderMixIn {
    @JsonProperty("caseId")
    abstract Object caseId(CaseId value);

    @JsonProperty("qualificationPolicyId")
    abstract Object qualificationPolicyId(String value);

    @JsonProperty("findings")
    @JsonDeserialize(as = List.class, contentAs = Finding.class)
    abstract Object findings(Iterable<? extends Finding> values);
  }
}
