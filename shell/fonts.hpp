// fonts.hpp — the font atlas, built from the characters the page needs and rebuilt when new ones appear.
//
// Dear ImGui 1.90.1 draws from a baked atlas, so the app keeps the set of characters it needs: the interface strings of
// the language shown (or being switched to), every string of the open scenario (text_glyphs.hpp), and every text ImGui
// draws (typed and pasted text, the engine's explanations, file names: the link step wraps ImDrawList::AddText, see
// shell/CMakeLists.txt). Characters the embedded UI font (Roboto) has are baked by ImGui from it. For the others the
// page fetches fonts/index.bin and then the one small file that has each character (font_index.hpp; the files are cut
// from WenQuanYi Micro Hei and Noto Sans CJK SC by scripts/subset_font.py). Their glyphs are rasterized once per size,
// a few milliseconds' worth per frame, kept, and placed in the atlas as custom glyphs, so a rebuild re-rasterizes only
// the few hundred UI-font glyphs. A character no font has is counted (missing()) and drawn as U+FFFD.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "font_index.hpp"
#include "text_glyphs.hpp"

struct ImDrawData;

namespace shell {

struct FontStats {
  std::size_t atlas_glyphs = 0;     // glyphs in the atlas now (UI font and fetched fonts)
  std::size_t rebuilds = 0;
  double last_rebuild_ms = 0;       // the last rebuild: ImGui's build, placing the cached glyphs, the texture upload
  double max_rebuild_ms = 0;        // since the scenario was opened
  double max_frame_ms = 0;          // the most font work (rasterizing + rebuilding) in one frame, since then
  std::size_t rasterized = 0;       // glyphs of fetched fonts rasterized, in all
  double raster_ms = 0;
  std::uint64_t bytes_fetched = 0;  // index and font files that arrived
  int texture_width = 0, texture_height = 0;
  // Since the last scenario was opened: when its characters were all in the atlas, and the font work until then.
  double settle_wall_ms = -1;       // -1 while not settled
  double settle_work_ms = 0;
  std::size_t settle_rasterized = 0;
};

class Fonts {
 public:
  Fonts();

  // ---- what the page needs
  // The interface languages whose strings (the tr table) must be drawable: the one shown, and one being switched to.
  void set_languages(bool english, bool chinese);
  // The open scenario's text (a JsonTextScanner's sets); the Chinese-marked part counts when Chinese is wanted.
  void set_scenario(const JsonTextScanner& scanned);
  void clear_scenario();
  // Text drawn this frame (called for every ImDrawList::AddText) or about to be shown.
  void need_text(std::string_view utf8);

  // ---- the frame
  // At the start of a frame: resolves new characters (requesting files), rasterizes for about `budget_ms`, and rebuilds
  // the atlas when it must. True when it rebuilt: the renderer uploads the texture (and reports the time with
  // texture_uploaded).
  bool update(float pixel_size, double budget_ms);
  void texture_uploaded(double ms);
  // The largest texture the GPU takes (the atlas stays within it and 4096).
  void set_max_texture_size(int pixels);

  // ---- files the page fetched (bytes empty: it failed, `error` says why)
  void file_arrived(std::string_view name, std::span<const unsigned char> bytes, std::string_view error);

  // ---- state
  // Fetches under way, glyphs waiting to be rasterized, or an atlas behind the needs.
  bool busy() const;
  // Distinct characters needed now (interface, scenario, drawn since the scenario or language changed) that the atlas
  // cannot draw: no loaded font has them, their file failed or is still coming, or the atlas is full.
  std::size_t missing() const;
  // Whether every character of the interface in that language is drawable now.
  bool interface_drawable(bool chinese) const;
  // "ui" and the names of the fetched fonts that loaded (without extension), in the order they arrived.
  std::vector<std::string> loaded() const;
  std::vector<std::string> failed() const;
  // A file that failed since the last call: its name and why (for the status bar).
  std::optional<std::pair<std::string, std::string>> take_failure();
  const FontStats& stats() const { return stats_; }
  // Glyphs drawn with the fallback (U+FFFD) in `draw_data`: characters on screen the atlas lacked.
  std::size_t fallback_glyphs_drawn(const ImDrawData* draw_data) const;
  // For the benchmark's baseline: milliseconds to build, the plain way (one ImGui build of every font, merged, with
  // every wanted character), an atlas of what the real one holds, in a scratch atlas (the page's is untouched).
  double time_plain_build() const;

 private:
  enum class FileState : std::uint8_t { Unknown, Requested, Loaded, Failed };
  struct Glyph {
    std::uint32_t pixels = 0;  // offset in GlyphCache::pixels
    std::uint16_t width = 0, height = 0;
    float x0 = 0, y0 = 0;      // from the pen position; y0 from the baseline
    float advance = 0;
  };
  struct GlyphCache {
    std::map<char32_t, Glyph> glyphs;
    std::vector<unsigned char> pixels;
  };
  struct Pending {
    char32_t c;
    int file;
  };

  void add_needed(char32_t c);
  void resolve();
  void rasterize(double deadline_ms);
  void rasterize_batch(int file, std::span<const char32_t> chars, GlyphCache& cache);
  void rebuild(float pixel_size);
  void request(int file);
  void fail(int file, std::string why);
  const CodePointSet& interface_set(bool chinese) const;
  bool drawable_now(char32_t c) const;
  GlyphCache& cache() { return caches_[pixel_size_]; }

  // Needs.
  bool english_ = true, chinese_ = false;
  CodePointSet scenario_common_, scenario_chinese_, drawn_;
  mutable std::unique_ptr<CodePointSet> interface_[2];
  CodePointSet wanted_;                  // every character ever needed (the atlas never shrinks)
  std::vector<char32_t> fresh_;          // wanted, not looked at yet
  // The UI font's part.
  CodePointSet ui_wanted_;
  bool ui_dirty_ = true;
  // Other files.
  std::optional<FontIndex> index_;
  FileState index_state_ = FileState::Unknown;
  std::vector<char32_t> unresolved_;     // wanted, not in the UI font, file not known or not arrived yet
  CodePointSet no_font_;                 // wanted and in no file (or its file failed)
  std::vector<FileState> file_states_;
  std::vector<std::vector<unsigned char>> file_bytes_;
  std::vector<std::string> loaded_order_, failed_names_;
  std::vector<std::pair<std::string, std::string>> failures_;
  std::vector<Pending> file_chars_;      // wanted characters whose file has arrived, in the order they came
  std::vector<std::vector<char32_t>> raster_queue_;  // per file: characters to rasterize at the current size
  std::size_t queued_ = 0;
  // Atlas.
  float pixel_size_ = 0, previous_size_ = 0;
  std::map<float, GlyphCache> caches_;   // per pixel size (the last two sizes kept: presenter mode toggles)
  CodePointSet in_atlas_;                // characters the built atlas draws
  bool cache_dirty_ = false;             // glyphs rasterized since the last rebuild
  double last_rebuild_at_ = -1e9;
  int max_texture_ = 4096;
  std::size_t file_glyph_limit_ = 12000;
  mutable std::optional<std::size_t> missing_;  // missing(), while nothing changes
  double frame_work_ms_ = 0;
  double scenario_opened_at_ = -1, work_since_open_ = 0, last_work_end_ = 0;
  std::size_t rasterized_at_open_ = 0;
  FontStats stats_;
};

// The page's one font atlas (ImDrawList::AddText's wrapper reaches it from anywhere).
Fonts& fonts();

}  // namespace shell
