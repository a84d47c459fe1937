// scenario_export_test.cpp — canonical export: round trips are exact for bundled and generated scenarios,
// bundled files are already canonical, and the text is JSON that an independent parser reads the same way.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "../test_support.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using test_support::all_issues;

namespace {

std::vector<std::filesystem::path> bundled_scenarios() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(test_support::source_path("web/scenarios")))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("every bundled scenario is stored in canonical form, so exports diff cleanly") {
  const auto files = bundled_scenarios();
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    CAPTURE(file.string());
    const std::string text = test_support::read_text(std::filesystem::relative(file, MPSIM_SOURCE_DIR).string());
    const Result<Scenario> loaded = load_scenario(text);
    CAPTURE(all_issues(loaded.issues));
    REQUIRE(loaded.ok());
    CHECK(export_scenario(*loaded.value) == text);  // byte for byte
  }
}

TEST_CASE("import(export(s)) == s for generated worlds of every era, including awkward text and unset fields") {
  for (const Era era : {Era::Vianet21, Era::GlobalDap, Era::GlobalGdap})
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
      GenerateOptions options;
      options.seed = seed;
      options.era = era;
      options.partners = 12;
      options.customers = 40;
      options.subscriptions = 120;
      options.events = 30;
      options.awkward_text = seed % 2 == 0;
      CAPTURE(seed);
      CAPTURE(static_cast<int>(era));
      const Scenario original = generate_scenario(options);
      const std::string text = export_scenario(original);
      const Result<Scenario> loaded = load_scenario(text);
      CAPTURE(all_issues(loaded.issues));
      REQUIRE(loaded.ok());
      CHECK(loaded.issues.empty());
      CHECK(*loaded.value == original);
      CHECK(export_scenario(*loaded.value) == text);
    }
}

TEST_CASE("the generator is deterministic and honours its sizes") {
  GenerateOptions options;
  options.seed = 42;
  options.partners = 30;
  options.customers = 100;
  options.subscriptions = 250;
  options.events = 40;
  const Scenario a = generate_scenario(options);
  CHECK(a == generate_scenario(options));
  options.seed = 43;
  CHECK_FALSE(a == generate_scenario(options));
  CHECK(a.world.partners.size() == 30);
  CHECK(a.world.customers.size() == 100);
  CHECK(a.world.subscriptions.size() == 250);
  CHECK(a.events.size() == 40);
  // A realistic mix: every partner type, some customers with several partners.
  const auto count_type = [&](PartnerType t) {
    return std::count_if(a.world.partners.begin(), a.world.partners.end(), [&](const Partner& p) { return p.type == t; });
  };
  CHECK(count_type(PartnerType::IndirectProvider) > 0);
  CHECK(count_type(PartnerType::IndirectReseller) > 0);
  CHECK(count_type(PartnerType::DirectBill) > 0);
  CHECK(a.world.reseller_relationships.size() > a.world.customers.size());
}

TEST_CASE("export writes every value an independent parser reads back the same way") {
  GenerateOptions options;
  options.seed = 7;
  options.era = Era::GlobalGdap;
  options.awkward_text = true;
  const Scenario s = generate_scenario(options);
  const nlohmann::json doc = nlohmann::json::parse(export_scenario(s));
  CHECK(doc["format_version"] == 1);
  CHECK(doc["metadata"]["era"] == "global_gdap");
  REQUIRE(doc["world"]["partners"].size() == s.world.partners.size());
  for (std::size_t i = 0; i < s.world.partners.size(); ++i) CHECK(doc["world"]["partners"][i]["name"] == s.world.partners[i].name);
  REQUIRE(doc["world"]["subscriptions"].size() == s.world.subscriptions.size());
  for (std::size_t i = 0; i < s.world.subscriptions.size(); ++i) {
    CHECK(doc["world"]["subscriptions"][i]["quantity"] == s.world.subscriptions[i].quantity);
    CHECK(doc["world"]["subscriptions"][i].contains("auto_renew") == !s.world.subscriptions[i].auto_renew);
  }
  REQUIRE(doc["world"]["gdap_relationships"].size() == s.world.gdap_relationships.size());
}

TEST_CASE("optional members holding their default are left out; set ones are written") {
  Scenario s;
  s.metadata.title.en = "t";
  s.world.clock = 0;
  s.world.partners.push_back(Partner{"p", "P", PartnerType::DirectBill, "CN", std::nullopt, "", {}, {}});
  s.world.customers.push_back(Customer{"c", "C", "", "CN", Cloud::Global, {}});
  Subscription sub;
  sub.id = "s";
  sub.customer = "c";
  sub.service = "x";
  sub.partner_of_record = "p";
  s.world.services.push_back(Service{"x", "X", ServiceKind::License, "", {}, {}});
  s.world.subscriptions.push_back(sub);
  const std::string text = export_scenario(s);
  CHECK(text ==
        "{\n  \"format_version\": 1,\n  \"metadata\": {\n    \"title\": \"t\",\n    \"era\": \"21vianet\"\n  },\n"
        "  \"world\": {\n    \"clock\": \"1970-01-01T00:00:00Z\",\n    \"services\": [\n      {\n        \"id\": \"x\",\n        \"name\": \"X\"\n      }\n    ],\n"
        "    \"partners\": [\n      {\n        \"id\": \"p\",\n        \"name\": \"P\",\n        \"type\": \"direct_bill\",\n        \"region\": \"CN\"\n      }\n    ],\n"
        "    \"customers\": [\n      {\n        \"id\": \"c\",\n        \"name\": \"C\",\n        \"region\": \"CN\",\n        \"cloud\": \"global\"\n      }\n    ],\n"
        "    \"subscriptions\": [\n      {\n        \"id\": \"s\",\n        \"customer\": \"c\",\n        \"service\": \"x\",\n        \"channel\": \"csp\",\n"
        "        \"partner_of_record\": \"p\",\n        \"quantity\": 1,\n        \"status\": \"active\"\n      }\n    ]\n  }\n}\n");
  const Result<Scenario> back = load_scenario(text);
  REQUIRE(back.ok());
  CHECK(*back.value == s);
}
