// intents.hpp — what panels ask the app to do. Panels read AppState and append intents; only App applies them.
#pragma once
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "mpsim/scenario.hpp"
#include "time_zone.hpp"

namespace shell {

enum class Theme { Dark, Light };
enum class Download { Scenario, DecisionLog, Report };

struct OpenBundledScenario { std::string name; };
struct SelectTheme { Theme theme; };
struct ShowAbout {};
struct ShowShortcuts {};
struct ShowGallery {};
struct DismissProblems {};
struct SeekTo { std::size_t position; };      // 0 = the initial world
struct StepBy { int delta; };                 // -1 back, +1 forward
struct SetPlaying { bool playing; };
struct SetPlaySpeed { float steps_per_second; };
struct ApplyEvent { core::Event event; };     // a new event at the current position: branches the timeline
struct RequestOpenFile {};                    // the browser's file picker
struct StartDownload { Download what; };
struct CopyShareLink {};
struct SelectEntity { std::string id; };      // highlight a tenant in the views and the graph
struct AskEvent { core::Event event; };       // "would this be allowed now?" without changing anything
struct SelectPerspective { std::string party; std::string user; };  // a partner or customer id ("" = everyone)
struct EditStep { std::size_t position; };    // load that step's request into the composer, just before it
struct CancelLoad {};                         // stop opening a large file; the open scenario stays
// Replay the open scenario under another rule pack beside its own; a dated era on `as_of` ("YYYY-MM-DD", "" = each
// event's own date).
struct CompareEras { core::Era with; std::string as_of; };
struct StartLesson { bool predict; };         // lesson mode from the first step; predict: guess each decision first
struct StopLesson {};
struct PredictDecision { core::Decision decision; };  // the learner's guess for the hidden step
struct PickLessonRule { std::string rule; };  // the learner's optional guess of the deciding rule ("" = none)
struct LessonNext {};
struct SelectTimeZone { TimeZoneChoice zone; };  // the zone times are shown in (remembered in the browser)
struct SelectLanguage { bool chinese; };      // the interface language (Chinese loads its font first)
struct OpenRecent { std::size_t index; };     // an entry of the page's Recent work (0 = newest)

using Intent = std::variant<OpenBundledScenario, SelectTheme, ShowAbout, ShowShortcuts, ShowGallery, DismissProblems, SeekTo, StepBy,
                            SetPlaying, SetPlaySpeed, ApplyEvent, RequestOpenFile, StartDownload, CopyShareLink, SelectEntity, AskEvent, SelectPerspective, EditStep, CancelLoad, CompareEras,
                            StartLesson, StopLesson, PredictDecision, PickLessonRule, LessonNext, SelectLanguage, SelectTimeZone,
                            OpenRecent>;
using Intents = std::vector<Intent>;

}  // namespace shell
