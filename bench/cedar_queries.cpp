// cedar_queries.cpp — the authorization questions the engine answers, as a Cedar request set with an equivalent
// entity store (the facts tests/cedar/mpsim.cedar reads), each with the engine's own answer. Prints how many queries
// per second the engine answered. tests/cedar/differential.mjs asks Cedar the same questions and compares.
//   cedar_queries --worlds N --queries N --seed N -o OUT.json
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "mpsim/engine.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/json_writer.hpp"

using namespace core;

namespace {

struct Query {
  std::string principal, action, resource_type, resource;
  Event event;
  bool engine_allows = false;
};

template <class Role> std::vector<std::string> role_names(const std::vector<Role>& roles) {
  std::vector<std::string> names;
  for (const Role r : roles) names.emplace_back(to_name(r));
  return names;
}

void entity_ref(JsonWriter& w, const char* type, const std::string& id) {
  w.begin_object();
  w.key("__entity");
  w.begin_object();
  w.key("type");
  w.value(type);
  w.key("id");
  w.value(id);
  w.end_object();
  w.end_object();
}

// A reference, or "" where the world has none (an entity never equals a string in Cedar).
void optional_ref(JsonWriter& w, const char* type, const std::string& id) {
  if (id.empty()) w.value("");
  else entity_ref(w, type, id);
}

template <class Attrs> void entity(JsonWriter& w, const char* type, const std::string& id, Attrs&& attrs) {
  w.begin_object();
  w.key("uid");
  w.begin_object();
  w.key("type");
  w.value(type);
  w.key("id");
  w.value(id);
  w.end_object();
  w.key("attrs");
  w.begin_object();
  attrs();
  w.end_object();
  w.key("parents");
  w.begin_array();
  w.end_array();
  w.end_object();
}

void write_entities(JsonWriter& w, const World& world) {
  w.begin_array();
  const auto user = [&](const std::string& tenant, const char* kind, const User& u, std::vector<std::string> roles) {
    entity(w, "User", tenant + "/" + u.id, [&] {
      w.key("tenant");
      entity_ref(w, kind[0] == 'p' ? "Partner" : "Customer", tenant);
      w.key("kind");
      w.value(kind);
      w.key("roles");
      w.begin_array();
      for (const std::string& r : roles) w.value(r);
      w.end_array();
    });
  };
  for (const Partner& p : world.partners) {
    entity(w, "Partner", p.id, [&] {
      w.key("type");
      w.value(to_name(p.type));
      w.key("customers");
      w.begin_array();
      for (const ResellerRelationship& r : world.reseller_relationships)
        if (r.partner == p.id) entity_ref(w, "Customer", r.customer);
      w.end_array();
    });
    for (const User& u : p.users) user(p.id, "partner", u, role_names(u.partner_roles));
  }
  for (const Customer& c : world.customers) {
    entity(w, "Customer", c.id, [&] {
      w.key("active_sellers");
      w.begin_array();
      std::vector<std::string> seen;
      for (const Subscription& s : world.subscriptions)
        if (s.customer == c.id && s.kind == SubscriptionKind::Subscription && s.status == SubscriptionStatus::Active && !s.partner_of_record.empty() &&
            std::find(seen.begin(), seen.end(), s.partner_of_record) == seen.end()) {
          seen.push_back(s.partner_of_record);
          entity_ref(w, "Partner", s.partner_of_record);
        }
      w.end_array();
      // Sellers of reservations and software not yet cancelled (active or suspended): the page asks to cancel them.
      w.key("uncancelled_purchase_sellers");
      w.begin_array();
      seen.clear();
      for (const Subscription& s : world.subscriptions)
        if (s.customer == c.id && s.kind != SubscriptionKind::Subscription &&
            (s.status == SubscriptionStatus::Active || s.status == SubscriptionStatus::Suspended) && !s.partner_of_record.empty() &&
            std::find(seen.begin(), seen.end(), s.partner_of_record) == seen.end()) {
          seen.push_back(s.partner_of_record);
          entity_ref(w, "Partner", s.partner_of_record);
        }
      w.end_array();
    });
    for (const User& u : c.users) user(c.id, "customer", u, role_names(u.customer_roles));
    for (const Service& svc : world.services) {
      entity(w, "CustomerService", c.id + "|" + svc.id, [&] {
        w.key("customer");
        entity_ref(w, "Customer", c.id);
        w.key("service");
        w.value(svc.id);
        w.key("azure");
        w.value(svc.kind == ServiceKind::Usage || svc.family == "azure");
        w.key("dap_partners");
        w.begin_array();
        for (const DelegatedAdminGrant& g : world.delegated_admin)
          if (g.customer == c.id && (g.services.empty() || std::find(g.services.begin(), g.services.end(), svc.id) != g.services.end()))
            entity_ref(w, "Partner", g.partner);
        w.end_array();
        w.key("rbac_owners");
        w.begin_array();
        for (const Subscription& s : world.subscriptions)
          if (s.customer == c.id && s.service == svc.id && !s.partner_of_record.empty()) entity_ref(w, "Partner", s.partner_of_record);
        w.end_array();
        // The channel of the customer's latest purchase of this service that still exists.
        const Subscription* last = nullptr;
        for (const Subscription& s : world.subscriptions)
          if (s.customer == c.id && s.service == svc.id && s.status != SubscriptionStatus::Deleted) last = &s;
        w.key("other_channel");
        w.value(last && (last->channel == Channel::Ea || last->channel == Channel::Open || last->channel == Channel::Other));
      });
    }
  }
  for (const Subscription& s : world.subscriptions)
    entity(w, "Subscription", s.id, [&] {
      w.key("customer");
      entity_ref(w, "Customer", s.customer);
      w.key("partner_of_record");
      optional_ref(w, "Partner", s.partner_of_record);
      w.key("reseller_of_record");
      optional_ref(w, "Partner", s.reseller_of_record);
      w.key("status");
      w.value(to_name(s.status));
    });
  w.end_array();
}

std::vector<Query> make_queries(const World& world, std::size_t count, std::uint64_t& rng) {
  const auto next = [&](std::size_t n) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return static_cast<std::size_t>(rng % n);
  };
  std::vector<std::string> actors;
  for (const Partner& p : world.partners)
    for (const User& u : p.users) actors.push_back(p.id + "/" + u.id);
  for (const Customer& c : world.customers)
    for (const User& u : c.users) actors.push_back(c.id + "/" + u.id);
  static const char* const kActions[] = {"change_quantity", "suspend_subscription", "reactivate_subscription", "remove_reseller_relationship",
                                         "administer_on_behalf"};
  // Who asks: half the time a user of a partner involved with the resource (so that many answers are "allowed"),
  // otherwise anyone.
  const auto user_of = [&](const std::string& tenant) {
    for (const Partner& p : world.partners)
      if (p.id == tenant && !p.users.empty()) return p.id + "/" + p.users[next(p.users.size())].id;
    return actors[next(actors.size())];
  };
  std::vector<Query> out;
  for (std::size_t i = 0; i < count; ++i) {
    Query q;
    q.action = kActions[next(std::size(kActions))];
    q.principal = actors[next(actors.size())];
    const bool involved = next(2) == 0;
    q.event.id = "q";
    q.event.action = q.action;
    if (q.action == "remove_reseller_relationship") {
      q.resource_type = "Customer";
      q.resource = world.customers[next(world.customers.size())].id;
      q.event.params["customer"] = q.resource;
      if (involved)
        for (const ResellerRelationship& r : world.reseller_relationships)
          if (r.customer == q.resource) q.principal = user_of(r.partner);
    } else if (q.action == "administer_on_behalf") {
      const Customer& c = world.customers[next(world.customers.size())];
      const Service& svc = world.services[next(world.services.size())];
      if (involved)
        for (const DelegatedAdminGrant& g : world.delegated_admin)
          if (g.customer == c.id) q.principal = user_of(g.partner);
      q.resource_type = "CustomerService";
      q.resource = c.id + "|" + svc.id;
      q.event.params["customer"] = c.id;
      q.event.params["service"] = svc.id;
    } else {
      const Subscription& s = world.subscriptions[next(world.subscriptions.size())];
      q.resource_type = "Subscription";
      q.resource = s.id;
      q.event.params["subscription"] = s.id;
      if (q.action == "change_quantity") q.event.params["quantity"] = s.quantity + 1;
      if (involved && !s.partner_of_record.empty()) q.principal = user_of(next(4) == 0 && !s.reseller_of_record.empty() ? s.reseller_of_record : s.partner_of_record);
    }
    q.event.actor = q.principal;
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t worlds = 20, queries = 5000;
  std::uint64_t seed = 1;
  std::string out_path;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--worlds") worlds = std::stoul(argv[i + 1]);
    else if (flag == "--queries") queries = std::stoul(argv[i + 1]);
    else if (flag == "--seed") seed = std::stoull(argv[i + 1]);
    else if (flag == "-o") out_path = argv[i + 1];
  }
  JsonWriter w(false);
  w.begin_object();
  w.key("worlds");
  w.begin_array();
  std::size_t total = 0, allowed = 0;
  double engine_seconds = 0;
  std::uint64_t rng = seed * 0x9E3779B97F4A7C15ull + 1;
  for (std::size_t k = 0; k < worlds; ++k) {
    GenerateOptions options;
    options.seed = seed * 1000 + k;
    options.era = Era::Vianet21;
    options.partners = 8;
    options.customers = 40;
    options.subscriptions = 160;
    options.events = 0;
    Scenario scenario = generate_scenario(options);
    // Some purchases are software (the generator makes subscriptions only), so that removals meet them (R-REM-1).
    for (std::size_t i = 3; i < scenario.world.subscriptions.size(); i += 7) scenario.world.subscriptions[i].kind = SubscriptionKind::Software;
    std::vector<Query> qs = make_queries(scenario.world, queries, rng);
    const auto start = std::chrono::steady_clock::now();
    const WorldIndex index(scenario.world, scenario.metadata);  // part of the engine's time: Cedar's entity store is built too
    for (Query& q : qs) q.engine_allows = step(scenario, scenario.world, index, q.event).decision == Decision::Applied;
    engine_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    w.begin_object();
    w.key("entities");
    write_entities(w, scenario.world);
    w.key("queries");
    w.begin_array();
    for (const Query& q : qs) {
      w.begin_array();
      w.value(q.principal);
      w.value(q.action);
      w.value(q.resource_type);
      w.value(q.resource);
      w.value(q.engine_allows);
      w.end_array();
      allowed += q.engine_allows;
    }
    w.end_array();
    w.end_object();
    total += qs.size();
  }
  w.end_array();
  w.key("engine_queries_per_second");
  w.value(static_cast<double>(total) / engine_seconds);
  w.end_object();
  std::ofstream(out_path, std::ios::binary) << w.finish();
  std::printf("engine: %zu queries (%zu allowed) in %.3f s: %.0f queries/s\n", total, allowed, engine_seconds, static_cast<double>(total) / engine_seconds);
  return 0;
}
