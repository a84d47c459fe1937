// share_link.hpp — what a share link carries besides the scenario (format 2): the step on screen, the open view and
// its tab, the lesson mode and a composed question. Written and read here as one line of JSON; web/page.js puts it
// before the scenario's text in the link (docs/app.md, "Share links").
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n.hpp"
#include "mpsim/scenario.hpp"

namespace shell {

// The tabs of the Views panel, by the English names the link carries (and tr() shows).
inline constexpr const char* kViewNames[] = {N_("Scenario"), N_("World"),        N_("Perspectives"), N_("Graph"),
                                             N_("Rules"),    N_("Expectations"), N_("Compare eras")};
// The World view's tabs, by their English names (what share links carry; tr() shows them).
inline constexpr const char* kWorldTabs[] = {N_("Partners"), N_("Customers"), N_("Subscriptions"), N_("Reseller relationships"),
                                             N_("Delegated admin"), N_("GDAP"), N_("Provider-reseller"), N_("Events"), N_("Expectations")};

struct SharedView {
  std::size_t step = 0;
  std::string view;    // one of kViewNames ("" = as the page opens)
  std::string tab;     // the World view's tab ("Customers"), "" = none
  std::string lesson;  // "", "read" or "predict"
  std::optional<core::Event> question;  // asked in the composer, not applied
  bool operator==(const SharedView&) const = default;
};

// {"step":3,"view":"World","tab":"Customers","lesson":"predict","question":{"id":..,"time":..,"actor":..,"action":..,
// "params":{..}}}, members left out when empty.
std::string shared_view_json(const SharedView& view);

// What a link's line says, as far as it can be read, and what could not be (English sentences, shown with tr()).
struct SharedViewRead {
  SharedView view;
  std::vector<std::string> problems;
};
SharedViewRead read_shared_view(std::string_view json);

}  // namespace shell
