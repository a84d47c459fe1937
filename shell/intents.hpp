// intents.hpp — what panels (and the platform layer) ask for. Panels read AppState and append intents; update() (update.hpp)
// is the only function that turns them into a new AppState.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "mpsim/issue.hpp"
#include "mpsim/localized_text.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario.hpp"
#include "recent_work.hpp"
#include "time_zone.hpp"

namespace shell {

enum class Theme { Dark, Light };
enum class Download { Scenario, DecisionLog, Report };

// A bundled scenario as the gallery shows it.
struct GalleryItem {
  std::string file;
  core::LocalizedText title, description;
  core::Era era = core::Era::Vianet21;
  core::Difficulty difficulty = core::Difficulty::Beginner;
  std::size_t events = 0, expectations = 0;
};

// A file being opened a slice per frame (read and checked, then replayed), as panels see it.
struct LoadProgress {
  std::string source;
  bool replaying = false;   // false: reading and checking the text
  std::uint64_t done = 0;   // bytes read, or events replayed
  std::uint64_t total = 0;
};

// The best lesson score per bundled scenario in this browser: file, (correct, answered).
using LessonScores = std::vector<std::pair<std::string, std::pair<int, int>>>;

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
struct Undo {};                               // take back the last change to the work
struct Redo {};                               // make it again
struct CloseDialogs {};                       // the gallery, About or the shortcuts closed
struct SetPresenter { bool on; };
// From the platform layer: what a load produced, a font switch done, a message to show.
struct ScenarioOpened {
  std::string source;
  core::Scenario scenario;
  std::optional<core::RunLog> log;  // the replay, when the load already made it
  bool generated = false;
  bool undoable = true;  // false for what the page opens as it starts (the default, the address's example, the last work)
};
struct ShowProblems { std::string source; std::vector<core::Issue> issues; };  // of a load (errors, or the warnings of one that opened)
struct LoadProgressed { std::optional<LoadProgress> progress; };  // none: the load ended
struct LanguageSwitched { bool chinese_font_loading; };  // the interface language changed, or waits for its font
struct ShowNotice { std::string text; };
struct ExpireNotice {};
struct SetGallery { std::vector<GalleryItem> items; LessonScores scores; };
struct OpenRecent { std::size_t index; };     // an entry of the page's Recent work (0 = newest): the page opens its text
struct SetRecent { std::vector<RecentEntry> entries; };  // the page's Recent work changed (kept work, another tab)
// After a share link's scenario opened: its step, view and tab, lesson mode and question (share_link.hpp, one line of
// JSON). What the link names but this scenario or version lacks is listed in the Problems panel; the rest is shown.
struct ShowSharedView { std::string json; };
struct ViewShown { std::string view, world_tab; };  // the Views tab and the World tab the frame drew (kViewNames, kWorldTabs)

using Intent = std::variant<OpenBundledScenario, SelectTheme, ShowAbout, ShowShortcuts, ShowGallery, DismissProblems, SeekTo, StepBy,
                            SetPlaying, SetPlaySpeed, ApplyEvent, RequestOpenFile, StartDownload, CopyShareLink, SelectEntity, AskEvent, SelectPerspective, EditStep, CancelLoad, CompareEras,
                            StartLesson, StopLesson, PredictDecision, PickLessonRule, LessonNext, SelectLanguage, SelectTimeZone, Undo, Redo,
                            CloseDialogs, SetPresenter, ScenarioOpened, ShowProblems, LoadProgressed, LanguageSwitched, ShowNotice, ExpireNotice,
                            SetGallery, OpenRecent, SetRecent, ShowSharedView, ViewShown>;
using Intents = std::vector<Intent>;

}  // namespace shell
