// rule_versions.cpp — how a decision in a dated era names the version of a rule it used: a rule that replaces an older
// one, or is replaced by a newer one (rules.hpp, RuleValidity::replaced_by), or whose first day is a scenario option,
// carries its days in force and the option's choice in its explanation, so that the same request decided on two dates
// says why it was decided differently. The legacy eras are fixed rule packs without versions: nothing is added there.
#include "decider.hpp"

namespace core::detail {

Message Decider::with_version(std::string_view rule_id, Message why) const {
  const Rule* rule = find_rule(rule_id);
  if (!dated_era(era_) || !rule) return why;
  const std::vector<const Rule*> previous = previous_versions(*rule);
  const Rule* next = rule->valid.replaced_by.empty() ? nullptr : find_rule(rule->valid.replaced_by);
  // The option that dates this rule: its own, or the one that dates the version replacing it (its last day).
  const std::string_view option_id = !rule->valid.option.empty() ? rule->valid.option : next ? next->valid.option : std::string_view();
  if (previous.empty() && !next && option_id.empty()) return why;

  std::vector<Message> notes;
  const std::optional<std::string_view> from = rule_from(*rule, metadata_);
  const std::string id(rule->id);
  const std::string_view until = rule_until(*rule, metadata_);
  if (!in_force(rule->id) && !until.empty() && day_ >= until) {
    notes.push_back(Message::of("version.ended", {{"rule", id}, {"until", std::string(until)}}));
  } else if (!in_force(rule->id)) {
    notes.push_back(from ? Message::of("version.not_yet", {{"rule", id}, {"from", std::string(*from)}})
                         : Message::of("version.off", {{"rule", id}, {"option", std::string(option_id)}}));
  } else {
    // A first version says when it ends (below), a later one since when and which it replaced, a rule without
    // versions (dated by an option) since when.
    if (!previous.empty() && from && !from->empty()) {
      std::vector<Message> ids;
      for (const Rule* p : previous) ids.emplace_back(std::string(p->id));
      notes.push_back(Message::of("version.since_replacing", {{"rule", id}, {"from", std::string(*from)}, {"previous", Message::list(std::move(ids))}}));
    }
    else if (!next && from && !from->empty())
      notes.push_back(Message::of("version.since", {{"rule", id}, {"from", std::string(*from)}}));
    if (next) notes.push_back(Message::of("version.until", {{"rule", id}, {"until", std::string(until)}, {"next", std::string(next->id)}}));
  }
  if (const RuleOption* option = find_rule_option(option_id))
    notes.push_back(Message::of("version.option", {{"option", std::string(option->id)}, {"choice", std::string(option_choice(metadata_, option->id))},
                                                   {"default", std::string(option->default_choice)}}));
  if (notes.size() == 1) return Message::of("version.note1", {{"why", std::move(why)}, {"a", std::move(notes[0])}});
  if (notes.size() == 2) return Message::of("version.note2", {{"why", std::move(why)}, {"a", std::move(notes[0])}, {"b", std::move(notes[1])}});
  return Message::of("version.note3", {{"why", std::move(why)}, {"a", std::move(notes[0])}, {"b", std::move(notes[1])}, {"c", std::move(notes[2])}});
}

}  // namespace core::detail
