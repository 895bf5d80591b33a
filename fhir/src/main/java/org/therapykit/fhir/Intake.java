package org.therapykit.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.therapykit.intake.Answer;
import org.therapykit.intake.HistorySectionKind;
import org.therapykit.intake.HistoryTopic;
import org.therapykit.intake.ReasonForAttending;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The intake Questionnaire the bridge ships, and the conversion of an intake form's history
 * sections to and from its items. The questionnaire is generated from the code lists: a group per
 * history section ({@code physical-history}, {@code mental-health-history}, {@code sexual-history})
 * holding a repeating group of answers (topic, answer, note) and the notes, then the reasons for
 * attending (codes and words) and the topics.
 */
final class Intake {
  static final String QUESTIONNAIRE = FhirTerminology.BASE + "/Questionnaire/intake";
  static final String REASONS = "reasons";
  static final String REASONS_TEXT = "reasons-text";
  static final String TOPICS = "topics";

  private Intake() {}

  static String sectionLinkId(HistorySectionKind kind) {
    return kind.code() + "-history";
  }

  /** Returns the questionnaire, generated from the code lists. */
  static Questionnaire questionnaire() {
    Questionnaire q = new Questionnaire();
    q.setId("therapykit-intake");
    q.setUrl(QUESTIONNAIRE);
    q.setVersion(FhirTerminology.VERSION);
    q.setName("TherapyKitIntake");
    q.setTitle("TherapyKit intake history");
    q.setStatus(PublicationStatus.ACTIVE);
    q.setExperimental(false);
    q.setPublisher("TherapyKit");
    q.setDescription(
        "The history form each client fills in at the first session: physical, mental-health"
            + " and sexual history, the reasons for attending and the topics to cover.");
    q.addSubjectType("Patient");
    for (HistorySectionKind kind : HistorySectionKind.values()) {
      String id = sectionLinkId(kind);
      QuestionnaireItemComponent section =
          q.addItem()
              .setLinkId(id)
              .setText(kind.code() + " history")
              .setType(QuestionnaireItemType.GROUP);
      QuestionnaireItemComponent answer =
          section
              .addItem()
              .setLinkId(id + ".item")
              .setText("an answer")
              .setType(QuestionnaireItemType.GROUP)
              .setRepeats(true);
      answer
          .addItem()
          .setLinkId(id + ".item.topic")
          .setText("topic")
          .setType(QuestionnaireItemType.CHOICE)
          .setRequired(true)
          .setAnswerValueSet(FhirTerminology.valueSet(HistoryTopic.class));
      answer
          .addItem()
          .setLinkId(id + ".item.answer")
          .setText("answer")
          .setType(QuestionnaireItemType.CHOICE)
          .setRequired(true)
          .setAnswerValueSet(FhirTerminology.valueSet(Answer.class));
      answer
          .addItem()
          .setLinkId(id + ".item.note")
          .setText("note")
          .setType(QuestionnaireItemType.TEXT);
      section
          .addItem()
          .setLinkId(id + ".notes")
          .setText("notes")
          .setType(QuestionnaireItemType.TEXT);
    }
    q.addItem()
        .setLinkId(REASONS)
        .setText("reasons for attending")
        .setType(QuestionnaireItemType.CHOICE)
        .setRepeats(true)
        .setAnswerValueSet(FhirTerminology.valueSet(ReasonForAttending.class));
    q.addItem()
        .setLinkId(REASONS_TEXT)
        .setText("reasons for attending, in the client's words")
        .setType(QuestionnaireItemType.TEXT);
    q.addItem()
        .setLinkId(TOPICS)
        .setText("topics to cover, in the client's words")
        .setType(QuestionnaireItemType.STRING)
        .setRepeats(true);
    return q;
  }

  /** Writes a history section's wire form as the section's group. */
  static QuestionnaireResponseItemComponent section(String linkId, ObjectNode section) {
    QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent();
    group.setLinkId(linkId);
    JsonNode items = section.get("items");
    if (items != null) {
      for (JsonNode item : items) {
        QuestionnaireResponseItemComponent answer = group.addItem().setLinkId(linkId + ".item");
        answer
            .addItem()
            .setLinkId(linkId + ".item.topic")
            .addAnswer()
            .setValue(
                FhirTerminology.coding(
                    FhirTerminology.code(HistoryTopic.class, item.path("topic").asString())
                        .orElseThrow()));
        answer
            .addItem()
            .setLinkId(linkId + ".item.answer")
            .addAnswer()
            .setValue(
                FhirTerminology.coding(
                    FhirTerminology.code(Answer.class, item.path("answer").asString())
                        .orElseThrow()));
        if (item.has("note")) {
          answer
              .addItem()
              .setLinkId(linkId + ".item.note")
              .addAnswer()
              .setValue(new StringType(item.get("note").asString()));
        }
      }
    }
    if (section.has("notes")) {
      group
          .addItem()
          .setLinkId(linkId + ".notes")
          .addAnswer()
          .setValue(new StringType(section.get("notes").asString()));
    }
    return group;
  }

  /** Reads a section's group back to its wire form; unknown codes are reported and skipped. */
  static ObjectNode section(
      QuestionnaireResponseItemComponent group, String at, List<MappingFinding> findings) {
    ObjectNode section = Trees.NODES.objectNode();
    ArrayNode items = Trees.NODES.arrayNode();
    String linkId = group.getLinkId();
    for (int i = 0; i < group.getItem().size(); i++) {
      QuestionnaireResponseItemComponent child = group.getItem().get(i);
      String childAt = at + ".item[" + i + "]";
      if ((linkId + ".notes").equals(child.getLinkId()) && child.hasAnswer()) {
        section.put("notes", child.getAnswerFirstRep().getValue().primitiveValue());
      } else if ((linkId + ".item").equals(child.getLinkId())) {
        ObjectNode item = Trees.NODES.objectNode();
        for (QuestionnaireResponseItemComponent part : child.getItem()) {
          if (!part.hasAnswer()) {
            continue;
          }
          QuestionnaireResponseItemAnswerComponent a = part.getAnswerFirstRep();
          String partId = part.getLinkId() == null ? "" : part.getLinkId();
          if (partId.endsWith(".topic") && a.getValue() instanceof Coding c) {
            FhirTerminology.decode(HistoryTopic.class, c)
                .ifPresent(t -> item.put("topic", t.code()));
          } else if (partId.endsWith(".answer") && a.getValue() instanceof Coding c) {
            FhirTerminology.decode(Answer.class, c).ifPresent(t -> item.put("answer", t.code()));
          } else if (partId.endsWith(".note") && a.hasValue()) {
            item.put("note", a.getValue().primitiveValue());
          }
        }
        if (item.has("topic") && item.has("answer")) {
          items.add(item);
        } else {
          findings.add(
              MappingFinding.warning(
                  MappingCode.UNKNOWN_CODE,
                  childAt,
                  "an answer without a TherapyKit topic and answer code; skipped"));
        }
      }
    }
    if (!items.isEmpty()) {
      section.set("items", items);
    }
    return section;
  }
}
