// effects.hpp — what update() asks the world outside the state to do, as data: the platform layer (App with
// web/platform.hpp) carries effects out; tests read them.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "mpsim/scenario.hpp"
#include "time_zone.hpp"

namespace shell {

struct DownloadFile { std::string name, mime, text; };
struct ShareScenario { std::string scenario_json, view_json; };  // a link carrying both (share_link.hpp), copied to the clipboard
struct SaveSetting { std::string key, value; };       // kept in the browser (localStorage "mpsim.<key>")
struct OpenFilePicker {};
struct LoadBundled { std::string name; };             // read an example compiled into the app; it comes back as ScenarioOpened
struct CancelLoading {};                              // drop the file being opened a slice per frame
struct SwitchLanguage { bool chinese; };              // Chinese fetches its font first, then LanguageSwitched
struct UseTimeZone { TimeZoneChoice zone; };
struct FillComposer { core::Event event; };           // Edit this step: the request goes back into the composer
struct Restyle {};                                    // the theme changed
// Work about to be replaced on screen: the page keeps it in Recent work when it was changed or is the saved work.
struct KeepRecent { std::string scenario_json; bool changed = false; };
struct OpenRecentDocument { std::size_t index; };     // the page opens that entry's text; it comes back as ScenarioOpened
struct SelectView { std::string view, world_tab; };   // bring these tabs forward (a share link's; "" = leave as is)

using Effect = std::variant<DownloadFile, ShareScenario, SaveSetting, OpenFilePicker, LoadBundled, CancelLoading, SwitchLanguage, UseTimeZone,
                            FillComposer, Restyle, KeepRecent, OpenRecentDocument, SelectView>;
using Effects = std::vector<Effect>;

}  // namespace shell
