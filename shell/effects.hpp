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
struct ShareScenario { std::string scenario_json; };  // a link carrying it, copied to the clipboard
struct SaveSetting { std::string key, value; };       // kept in the browser (localStorage "mpsim.<key>")
struct OpenFilePicker {};
struct LoadBundled { std::string name; };             // read an example compiled into the app; it comes back as ScenarioOpened
struct CancelLoading {};                              // drop the file being opened a slice per frame
struct SwitchLanguage { bool chinese; };              // Chinese fetches its font first, then LanguageSwitched
struct UseTimeZone { TimeZoneChoice zone; };
struct FillComposer { core::Event event; };           // Edit this step: the request goes back into the composer
struct Restyle {};                                    // the theme changed

using Effect = std::variant<DownloadFile, ShareScenario, SaveSetting, OpenFilePicker, LoadBundled, CancelLoading, SwitchLanguage, UseTimeZone,
                            FillComposer, Restyle>;
using Effects = std::vector<Effect>;

}  // namespace shell
