// perspectives.cpp — views built from the world, with capabilities asked of the engine.
#include "mpsim/perspectives.hpp"

#include <algorithm>
#include <map>

#include "mpsim/enum_names.hpp"

namespace core {
namespace {

template <class T> const T* by_id(const std::vector<T>& items, const std::string& id) {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

std::string service_name(const World& w, const std::string& id) {
  const Service* s = by_id(w.services, id);
  return s ? s->name : id;
}

// Ids and names in a row: "a, b" in English, "a、b" in Chinese (docs/glossary.md).
std::string joined(const std::vector<std::string>& items, Language language = Language::English) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : language == Language::English ? ", " : "、") + s;
  return out;
}

std::string say(Language language, std::string_view key, std::vector<MessageArg> args = {}) {
  return render(Message::of(key, std::move(args)), language);
}

Capability ask(const Scenario& scenario, const World& world, const WorldIndex& index, const std::string& actor, const std::string& action, Message label,
               const std::string& target, EventParams params) {
  Event e;
  e.id = "query";
  e.actor = actor;
  e.action = action;
  e.params = std::move(params);
  const StepResult r = step(scenario, world, index, e);
  Capability c;
  c.action = action;
  c.label = std::move(label);
  c.target = target;
  c.decision = r.decision;
  if (!r.rules.empty()) {
    // A refusal's last rule is its decisive one; an approval's first rule is what allowed it.
    const DecidingRule& d = r.decision == Decision::Rejected ? r.rules.back() : r.rules.front();
    c.rule = d.id;
    c.explanation = d.explanation;
  }
  return c;
}


// "  DAP: Exchange Online (Plan 1)", "  DAP: whole tenant" or "  no DAP" (template keys per view: label, everything,
// nothing).
std::string admin_rights_text(const World& w, bool granted, const std::vector<std::string>& services, Language language, std::string_view label,
                              std::string_view everything, std::string_view nothing) {
  if (!granted) return "  " + say(language, nothing);
  std::vector<std::string> names;
  for (const std::string& s : services) names.push_back(service_name(w, s));
  return "  " + say(language, label) + (names.empty() ? say(language, everything) : joined(names, language));
}

}  // namespace

// Positions of `world_items` entries named by `ids`, ascending (the world's order), each once.
template <class T> std::vector<std::uint32_t> in_world_order(const WorldIndex& index, const std::vector<T>& world_items, const std::vector<std::string>& ids) {
  std::vector<std::uint32_t> at;
  for (const std::string& id : ids)
    if (const T* item = index.by_id(world_items, id)) at.push_back(static_cast<std::uint32_t>(item - world_items.data()));
  std::sort(at.begin(), at.end());
  at.erase(std::unique(at.begin(), at.end()), at.end());
  return at;
}

std::optional<PartnerView> partner_view(const Scenario& scenario, const World& w, const WorldIndex& index, const std::string& partner_id,
                                        const std::string& user) {
  const Partner* p = index.by_id(w.partners, partner_id);
  if (!p) return std::nullopt;
  PartnerView v;
  v.partner_id = p->id;
  v.partner_name = p->name;
  v.type = p->type;
  const User* acting = user.empty() ? nullptr : by_id(p->users, user);
  if (!acting)
    for (const User& u : p->users)
      if (std::find(u.partner_roles.begin(), u.partner_roles.end(), PartnerRole::GlobalAdmin) != u.partner_roles.end()) acting = &u;
  if (!acting && !p->users.empty()) acting = &p->users.front();
  v.acting_user = acting ? acting->id : std::string();
  const std::string actor = p->id + "/" + v.acting_user;
  for (const Partnership& ps : w.partnerships) {
    if (ps.provider == p->id) v.indirect_resellers.push_back(ps.reseller);
    if (ps.reseller == p->id) v.indirect_providers.push_back(ps.provider);
  }
  for (const std::uint32_t at : index.positions<Invitation>(Key::Partner, p->id)) v.invitations.push_back(w.invitations[at].id);
  // Its customer list: customers it has a reseller relationship with, or DAP for, or sells to as reseller of record.
  std::vector<std::string> ids;
  for (const std::uint32_t at : index.positions<ResellerRelationship>(Key::Partner, p->id)) ids.push_back(w.reseller_relationships[at].customer);
  for (const std::uint32_t at : index.positions<DelegatedAdminGrant>(Key::Partner, p->id)) ids.push_back(w.delegated_admin[at].customer);
  for (const std::uint32_t at : index.positions<Subscription>(Key::Reseller, p->id)) ids.push_back(w.subscriptions[at].customer);
  for (const std::uint32_t customer_at : in_world_order(index, w.customers, ids)) {
    const Customer& c = w.customers[customer_at];
    PartnerCustomerRow row;
    row.customer_id = c.id;
    row.customer_name = c.name;
    row.reseller_relationship = index.find(w.reseller_relationships, Key::Pair, PairKey(p->id, c.id)) != nullptr;
    if (const DelegatedAdminGrant* g = index.find(w.delegated_admin, Key::Pair, PairKey(p->id, c.id))) {
      row.delegated_admin = true;
      row.dap_services = g->services;
    }
    const std::span<const std::uint32_t> subscriptions = index.positions<Subscription>(Key::Customer, c.id);
    for (const std::uint32_t at : subscriptions) {
      const Subscription& s = w.subscriptions[at];
      if (s.partner_of_record == p->id) row.subscriptions.push_back(s.id);
      if (s.reseller_of_record == p->id) row.reseller_subscriptions.push_back(s.id);
      if (s.support_contact == p->id) row.support_contact_subscriptions.push_back(s.id);
    }
    if (!row.reseller_relationship && !row.delegated_admin && row.reseller_subscriptions.empty()) continue;
    if (acting) {
      // What Partner Center would let it do here, asked of the engine.
      if (row.delegated_admin && !row.dap_services.empty())
        for (const std::string& svc : row.dap_services)
          row.capabilities.push_back(ask(scenario, w, index, actor, "administer_on_behalf", Message::of("view.administer_service", {{"service", service_name(w, svc)}}), svc,
                                         {{"customer", c.id}, {"service", svc}}));
      else
        row.capabilities.push_back(ask(scenario, w, index, actor, "administer_on_behalf", Message::of("view.administer_tenant"), c.id, {{"customer", c.id}}));
      row.capabilities.push_back(ask(scenario, w, index, actor, "open_support_request", Message::of("view.open_support_request"), c.id, {{"customer", c.id}}));
      for (const std::uint32_t at : subscriptions)
        if (const Subscription& s = w.subscriptions[at]; s.partner_of_record == p->id || s.reseller_of_record == p->id)
          row.capabilities.push_back(ask(scenario, w, index, actor, "change_quantity", Message::of("view.change_seats", {{"subscription", s.id}}), s.id,
                                         {{"subscription", s.id}, {"quantity", s.quantity + 1}}));
    }
    v.customers.push_back(std::move(row));
  }
  return v;
}

std::optional<CustomerView> customer_view(const World& w, const WorldIndex& index, const std::string& customer_id) {
  const Customer* c = index.by_id(w.customers, customer_id);
  if (!c) return std::nullopt;
  CustomerView v;
  v.customer_id = c->id;
  v.customer_name = c->name;
  // Partners with a relationship, DAP or a subscription here, in the world's order.
  const std::span<const std::uint32_t> subscriptions = index.positions<Subscription>(Key::Customer, c->id);
  std::vector<std::string> ids;
  for (const std::uint32_t at : index.positions<ResellerRelationship>(Key::Customer, c->id)) ids.push_back(w.reseller_relationships[at].partner);
  for (const std::uint32_t at : index.positions<DelegatedAdminGrant>(Key::Customer, c->id)) ids.push_back(w.delegated_admin[at].partner);
  for (const std::uint32_t at : subscriptions) {
    ids.push_back(w.subscriptions[at].partner_of_record);
    ids.push_back(w.subscriptions[at].reseller_of_record);
  }
  for (const std::uint32_t partner_at : in_world_order(index, w.partners, ids)) {
    const Partner& p = w.partners[partner_at];
    CustomerPartnerRow row;
    row.partner_id = p.id;
    row.partner_name = p.name;
    row.type = p.type;
    row.reseller_relationship = index.find(w.reseller_relationships, Key::Pair, PairKey(p.id, c->id)) != nullptr;
    if (const DelegatedAdminGrant* g = index.find(w.delegated_admin, Key::Pair, PairKey(p.id, c->id))) {
      row.delegated_admin = true;
      row.admin_services = g->services;
    }
    for (const std::uint32_t at : subscriptions)
      if (const Subscription& s = w.subscriptions[at]; s.partner_of_record == p.id || s.reseller_of_record == p.id) row.subscriptions.push_back(s.id);
    v.partners.push_back(std::move(row));
  }
  for (const std::uint32_t at : subscriptions)
    if (w.subscriptions[at].channel != Channel::Csp) v.other_channel_subscriptions.push_back(w.subscriptions[at].id);
  return v;
}

std::string partner_view_text(const World& w, const PartnerView& v, Language language) {
  const auto line = [&](std::string_view key, const std::vector<std::string>& ids) { return say(language, key) + joined(ids, language) + "\n"; };
  std::string out = say(language, "view.partner_heading", {{"partner", v.partner_name}, {"type", std::string(label(v.type, language))}, {"user", v.acting_user}}) + "\n";
  if (!v.indirect_providers.empty()) out += line("view.indirect_providers", v.indirect_providers);
  if (!v.indirect_resellers.empty()) out += line("view.indirect_resellers", v.indirect_resellers);
  if (!v.invitations.empty()) out += line("view.links", v.invitations);
  out += say(language, "view.customers") + std::to_string(v.customers.size()) + "\n";
  for (const PartnerCustomerRow& r : v.customers) {
    out += "\n  " + r.customer_name + " (" + r.customer_id + ")" + say(language, r.reseller_relationship ? "view.reseller_relationship" : "view.no_reseller_relationship");
    out += admin_rights_text(w, r.delegated_admin, r.dap_services, language, "view.dap", "view.whole_tenant", "view.no_dap") + "\n";
    if (!r.subscriptions.empty()) out += "    " + line("view.sold", r.subscriptions);
    if (!r.reseller_subscriptions.empty()) out += "    " + line("view.reseller_of_record", r.reseller_subscriptions);
    if (!r.support_contact_subscriptions.empty()) out += "    " + line("view.support_contact", r.support_contact_subscriptions);
    for (const Capability& c : r.capabilities)
      out += "    " + say(language, c.decision == Decision::Applied ? "view.may" : "view.may_not") + "  " + render(c.label, language) + "  [" + c.rule + "] " +
             render(c.explanation, language) + "\n";
  }
  return out;
}

std::string customer_view_text(const World& w, const CustomerView& v, Language language) {
  std::string out = say(language, "view.customer_heading", {{"customer", v.customer_name}}) + "\n";
  for (const CustomerPartnerRow& r : v.partners) {
    out += "\n  " + r.partner_name + " (" + std::string(label(r.type, language)) + ")" + (r.reseller_relationship ? say(language, "view.reseller") : "");
    out += admin_rights_text(w, r.delegated_admin, r.admin_services, language, "view.admin_rights", "view.all_services", "view.no_admin_rights") + "\n";
    if (!r.subscriptions.empty()) out += "    " + say(language, "view.subscriptions") + joined(r.subscriptions, language) + "\n";
  }
  if (!v.other_channel_subscriptions.empty())
    out += "\n  " + say(language, "view.other_channels") + joined(v.other_channel_subscriptions, language) + "\n";
  return out;
}

}  // namespace core
