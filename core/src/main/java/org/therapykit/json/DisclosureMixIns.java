package org.therapykit.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.Party;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureOutcome;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.InformationCategory;
import org.therapykit.validation.Finding;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The JSON shape of disclosure requests and decisions, as Jackson mix-ins. A decision document is a
 * self-contained audit record: it carries the case id, the request as asked, the outcome, the
 * categories permitted, the authorisations relied on and the findings. Set-valued properties are
 * JSON arrays without duplicates, in the order the model keeps them.
 */
final class DisclosureMixIns {
  private DisclosureMixIns() {}

  static void addTo(Map<Class<?>, Class<?>> mixIns) {
    mixIns.put(DisclosureRequest.class, DisclosureRequestMixIn.class);
    mixIns.put(DisclosureRequest.Builder.class, DisclosureRequestBuilderMixIn.class);
    mixIns.put(DisclosureDecision.class, DisclosureDecisionMixIn.class);
    mixIns.put(DisclosureDecision.Builder.class, DisclosureDecisionBuilderMixIn.class);
  }

  /** The wire form of {@link DisclosureRequest}. */
  @JsonDeserialize(builder = DisclosureRequest.Builder.class)
  @JsonPropertyOrder({"requester", "purpose", "subjects", "categories", "date"})
  @StrictJson
  abstract static class DisclosureRequestMixIn {
    @JsonProperty("requester")
    abstract Party requester();

    @JsonProperty("purpose")
    abstract DisclosurePurpose purpose();

    @JsonProperty("subjects")
    abstract ImmutableSet<ClientId> subjects();

    @JsonProperty("categories")
    abstract ImmutableSet<InformationCategory> categories();

    @JsonProperty("date")
    abstract LocalDate date();
  }

  /** Binds JSON properties to {@link DisclosureRequest.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class DisclosureRequestBuilderMixIn {
    @JsonProperty("requester")
    abstract Object requester(Party value);

    @JsonProperty("purpose")
    abstract Object purpose(DisclosurePurpose value);

    @JsonProperty("subjects")
    @JsonDeserialize(as = UniqueList.class, contentAs = ClientId.class)
    abstract Object subjects(Iterable<? extends ClientId> values);

    @JsonProperty("categories")
    @JsonDeserialize(as = UniqueList.class, contentAs = InformationCategory.class)
    abstract Object categories(Iterable<? extends InformationCategory> values);

    @JsonProperty("date")
    abstract Object date(LocalDate value);
  }

  /** The wire form of {@link DisclosureDecision}. */
  @JsonDeserialize(builder = DisclosureDecision.Builder.class)
  @JsonPropertyOrder({
    "caseId",
    "request",
    "outcome",
    "permittedCategories",
    "authorizations",
    "findings"
  })
  @StrictJson
  abstract static class DisclosureDecisionMixIn {
    @JsonProperty("caseId")
    abstract CaseId caseId();

    @JsonProperty("request")
    abstract DisclosureRequest request();

    @JsonProperty("outcome")
    abstract DisclosureOutcome outcome();

    @JsonProperty("permittedCategories")
    abstract ImmutableSet<InformationCategory> permittedCategories();

    @JsonProperty("authorizations")
    abstract ImmutableSet<AuthorizationId> authorizations();

    @JsonProperty("findings")
    abstract ImmutableList<Finding> findings();
  }

  /** Binds JSON properties to {@link DisclosureDecision.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class DisclosureDecisionBuilderMixIn {
    @JsonProperty("caseId")
    abstract Object caseId(CaseId value);

    @JsonProperty("request")
    abstract Object request(DisclosureRequest value);

    @JsonProperty("outcome")
    abstract Object outcome(DisclosureOutcome value);

    @JsonProperty("permittedCategories")
    @JsonDeserialize(as = UniqueList.class, contentAs = InformationCategory.class)
    abstract Object permittedCategories(Iterable<? extends InformationCategory> values);

    @JsonProperty("authorizations")
    @JsonDeserialize(as = UniqueList.class, contentAs = AuthorizationId.class)
    abstract Object authorizations(Iterable<? extends AuthorizationId> values);

    @JsonProperty("findings")
    @JsonDeserialize(as = List.class, contentAs = Finding.class)
    abstract Object findings(Iterable<? extends Finding> values);
  }
}
