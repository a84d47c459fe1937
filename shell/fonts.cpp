// fonts.cpp — the font atlas from the characters the page needs (see fonts.hpp for the design).
#include "fonts.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

#include "embedded_files.hpp"
#include "i18n.hpp"
#include "line_breaks.hpp"
#include "mpsim/message.hpp"
#include "web/platform.hpp"

namespace shell {
namespace {

constexpr const char* kIndexName = "index.bin";
constexpr double kProgressiveRebuildMs = 500;  // while thousands of glyphs rasterize, show the finished ones this often

// ImGui's glyph ranges (pairs of first and last, then 0) of ascending code points. (ImFontGlyphRangesBuilder would
// scan all 1.1 million code points for each batch.)
template <class Each> ImVector<ImWchar> ranges_of(Each&& each) {
  ImVector<ImWchar> ranges;
  each([&](char32_t c) {
    if (!ranges.empty() && ranges.back() + 1 == static_cast<ImWchar>(c)) {
      ranges.back() = static_cast<ImWchar>(c);
    } else {
      ranges.push_back(static_cast<ImWchar>(c));
      ranges.push_back(static_cast<ImWchar>(c));
    }
  });
  ranges.push_back(0);
  return ranges;
}

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string without_extension(const std::string& name) { return name.substr(0, name.rfind('.')); }

// The em, in pixels, of the UI font at `pixel_size` (ImGui sizes a font by ascent - descent): every fetched font is
// scaled to the same em, so a hanzi sits beside Latin text at its usual proportions.
float ui_em(float pixel_size) {
  return pixel_size * static_cast<float>(kUiFontMetrics.units_per_em) / static_cast<float>(kUiFontMetrics.ascent - kUiFontMetrics.descent);
}

}  // namespace

Fonts& fonts() {
  static Fonts instance;
  return instance;
}

Fonts::Fonts() {
  // Always in the atlas: what a keyboard types without an input method, the punctuation the engine's texts use, the
  // fallback and the ellipsis ImGui draws, so that the first frames need no second build. (All in the UI font: nothing
  // here may make a page fetch.)
  for (char32_t c = 0x20; c <= 0xFF; ++c) add_needed(c);
  static constexpr char32_t kPunctuation[] = {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2190, 0x2192, 0x2212, 0xFFFD};
  for (const char32_t c : kPunctuation)
    if (in_runs(std::span(kUiFontCoverage, kUiFontCoverage_count), c)) add_needed(c);
  set_languages(true, false);
}

// ---- needs

const CodePointSet& Fonts::interface_set(bool chinese) const {
  std::unique_ptr<CodePointSet>& set = interface_[chinese ? 1 : 0];
  if (!set) {
    set = std::make_unique<CodePointSet>();
    // The shell's strings and the engine's message templates; enum labels and other short texts arrive as they are
    // drawn.
    for (const auto& [english, translated] : chinese_strings()) add_text(*set, chinese ? translated : english);
    for (const core::MessageTemplate& row : core::message_templates()) add_text(*set, chinese ? row.chinese : row.english);
  }
  return *set;
}

void Fonts::add_needed(char32_t c) {
  if (!drawable(c) || !wanted_.add(c)) return;
  fresh_.push_back(c);
  missing_.reset();
}

void Fonts::set_languages(bool english, bool chinese) {
  if (english != english_ || chinese != chinese_) drawn_.clear();  // another interface is on screen
  missing_.reset();
  english_ = english;
  chinese_ = chinese;
  for (const bool which : {false, true}) {
    if (!(which ? chinese : english)) continue;
    interface_set(which).for_each([this](char32_t c) { add_needed(c); });
  }
  if (chinese) scenario_chinese_.for_each([this](char32_t c) { add_needed(c); });
}

void Fonts::set_scenario(const JsonTextScanner& scanned) {
  scenario_common_ = scanned.common();
  scenario_chinese_ = scanned.chinese();
  drawn_.clear();
  scenario_common_.for_each([this](char32_t c) { add_needed(c); });
  if (chinese_) scenario_chinese_.for_each([this](char32_t c) { add_needed(c); });
  missing_.reset();
  scenario_opened_at_ = now_ms();
  last_work_end_ = scenario_opened_at_;
  work_since_open_ = 0;
  rasterized_at_open_ = stats_.rasterized;
  stats_.max_rebuild_ms = 0;
  stats_.max_frame_ms = 0;
  stats_.settle_wall_ms = -1;
  stats_.settle_work_ms = 0;
}

void Fonts::clear_scenario() {
  scenario_common_.clear();
  scenario_chinese_.clear();
  drawn_.clear();
  missing_.reset();
}

void Fonts::need_text(std::string_view utf8) {
  // Printable ASCII is always in the atlas: most drawn text stops here.
  std::size_t first = 0;
  while (first < utf8.size() && static_cast<unsigned char>(utf8[first]) < 0x80) ++first;
  if (first == utf8.size()) return;
  Utf8Decoder decoder;
  const auto take = [this](char32_t c) {
    if (!drawable(c) || !drawn_.add(c)) return;
    missing_.reset();
    add_needed(c);
  };
  for (std::size_t i = first; i < utf8.size(); ++i) decoder.byte(static_cast<unsigned char>(utf8[i]), take);
  decoder.finish(take);
}

// ---- files

void Fonts::request(int file) {
  file_states_[static_cast<std::size_t>(file)] = FileState::Requested;
  web::request_font_file(index_->files()[static_cast<std::size_t>(file)].name.c_str());
}

void Fonts::fail(int file, std::string why) {
  const std::string& name = index_->files()[static_cast<std::size_t>(file)].name;
  file_states_[static_cast<std::size_t>(file)] = FileState::Failed;
  file_bytes_[static_cast<std::size_t>(file)].clear();
  // What was still to be rasterized from it stays missing.
  std::vector<char32_t>& queue = raster_queue_[static_cast<std::size_t>(file)];
  for (const char32_t c : queue) no_font_.add(c);
  queued_ -= queue.size();
  queue.clear();
  failed_names_.push_back(without_extension(name));
  failures_.emplace_back(name, std::move(why));
}

void Fonts::file_arrived(std::string_view name, std::span<const unsigned char> bytes, std::string_view error) {
  stats_.bytes_fetched += bytes.size();
  const std::string why = bytes.empty() ? std::string(error.empty() ? "no data" : error) : std::string();
  if (name == kIndexName) {
    if (index_state_ != FileState::Requested) return;  // not asked for: ignored
    std::string problem = why;
    if (problem.empty()) {
      std::optional<FontIndex> parsed = FontIndex::parse(bytes, problem);
      if (parsed) {
        index_ = std::move(*parsed);
        index_state_ = FileState::Loaded;
        const std::size_t n = index_->files().size();
        file_states_.assign(n, FileState::Unknown);
        file_bytes_.assign(n, {});
        raster_queue_.assign(n, {});
        return;
      }
    }
    index_state_ = FileState::Failed;
    failed_names_.push_back("index");
    failures_.emplace_back(kIndexName, problem);
    return;
  }
  if (!index_) return;
  const auto& files = index_->files();
  const auto it = std::find_if(files.begin(), files.end(), [&](const FontFile& f) { return f.name == name; });
  if (it == files.end()) return;
  const int file = static_cast<int>(it - files.begin());
  if (file_states_[static_cast<std::size_t>(file)] != FileState::Requested) return;
  if (!why.empty()) return fail(file, why);
  // The index names the exact bytes the build made: anything else (cut short, another file, an error page) is refused
  // before ImGui's font reader, which trusts its input, sees it.
  if (bytes.size() != it->bytes || fnv1a64(bytes) != it->checksum) {
    return fail(file, std::to_string(bytes.size()) + " bytes, not the " + std::to_string(it->bytes) + " this app was built with");
  }
  file_bytes_[static_cast<std::size_t>(file)].assign(bytes.begin(), bytes.end());
  file_states_[static_cast<std::size_t>(file)] = FileState::Loaded;
  loaded_order_.push_back(without_extension(it->name));
}

void Fonts::resolve() {
  for (const char32_t c : fresh_) {
    if (in_runs(std::span(kUiFontCoverage, kUiFontCoverage_count), c)) {
      ui_wanted_.add(c);
      ui_dirty_ = true;
    } else {
      unresolved_.push_back(c);
    }
  }
  fresh_.clear();
  if (unresolved_.empty()) return;
  if (!index_) {
    if (index_state_ == FileState::Unknown) {
      index_state_ = FileState::Requested;
      web::request_font_file(kIndexName);
    } else if (index_state_ == FileState::Failed) {
      for (const char32_t c : unresolved_) no_font_.add(c);
      unresolved_.clear();
    }
    return;
  }
  std::vector<char32_t> waiting;
  for (const char32_t c : unresolved_) {
    const int file = index_->owner(c);
    const FileState state = file < 0 ? FileState::Failed : file_states_[static_cast<std::size_t>(file)];
    if (state == FileState::Failed || (state == FileState::Loaded && file_chars_.size() >= file_glyph_limit_)) {
      no_font_.add(c);
    } else if (state == FileState::Loaded) {
      file_chars_.push_back(Pending{c, file});
      raster_queue_[static_cast<std::size_t>(file)].push_back(c);
      ++queued_;
    } else {
      if (state == FileState::Unknown) request(file);
      waiting.push_back(c);
    }
  }
  unresolved_ = std::move(waiting);
}

// ---- rasterizing the fetched fonts' glyphs

// Rasterizes `chars` of `file` into `cache` with ImGui's own rasterizer (a scratch atlas: same results as a merged
// font), then copies each glyph's pixels out of it.
void Fonts::rasterize_batch(int file, std::span<const char32_t> chars, GlyphCache& cache) {
  const FontFile& info = index_->files()[static_cast<std::size_t>(file)];
  std::vector<unsigned char>& bytes = file_bytes_[static_cast<std::size_t>(file)];
  std::vector<char32_t> sorted(chars.begin(), chars.end());
  std::sort(sorted.begin(), sorted.end());
  const ImVector<ImWchar> ranges = ranges_of([&](auto&& add) {
    for (const char32_t c : sorted) add(c);
  });
  ImFontAtlas scratch;
  scratch.Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoBakedLines | ImFontAtlasFlags_NoPowerOfTwoHeight;
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes stay in file_bytes_
  config.OversampleH = 1;               // thousands of glyphs: the atlas stays small (and CJK strokes need no sub-pixel)
  config.OversampleV = 1;
  const float size = ui_em(pixel_size_) * static_cast<float>(info.metrics.ascent - info.metrics.descent) / static_cast<float>(info.metrics.units_per_em);
  ImFont* font = scratch.AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), size, &config, ranges.Data);
  if (!font || !scratch.Build()) {
    for (const char32_t c : chars) no_font_.add(c);
    return fail(file, "not a font ImGui can read");
  }
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  scratch.GetTexDataAsAlpha8(&pixels, &width, &height);
  const float baseline = std::round(font->Ascent);
  for (const char32_t c : chars) {
    const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(c));
    if (!g) {  // the index said this file has it; it does not
      no_font_.add(c);
      continue;
    }
    const int x = static_cast<int>(std::lround(g->U0 * static_cast<float>(width)));
    const int y = static_cast<int>(std::lround(g->V0 * static_cast<float>(height)));
    const int w = g->Visible ? static_cast<int>(std::lround((g->U1 - g->U0) * static_cast<float>(width))) : 0;
    const int h = g->Visible ? static_cast<int>(std::lround((g->V1 - g->V0) * static_cast<float>(height))) : 0;
    Glyph glyph;
    glyph.pixels = static_cast<std::uint32_t>(cache.pixels.size());
    glyph.width = static_cast<std::uint16_t>(std::clamp(w, 0, width - x));
    glyph.height = static_cast<std::uint16_t>(std::clamp(h, 0, height - y));
    glyph.x0 = g->X0;
    glyph.y0 = g->Y0 - baseline;
    glyph.advance = g->AdvanceX;
    for (int row = 0; row < glyph.height; ++row) {
      const unsigned char* from = pixels + static_cast<std::size_t>(y + row) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x);
      cache.pixels.insert(cache.pixels.end(), from, from + glyph.width);
    }
    cache.glyphs[c] = glyph;
  }
}

void Fonts::rasterize(double deadline) {
  GlyphCache& glyphs = cache();
  while (queued_ > 0 && now_ms() < deadline) {
    std::size_t file = 0;
    while (raster_queue_[file].empty()) ++file;
    std::vector<char32_t>& queue = raster_queue_[file];
    // A glyph costs 30-300 us (more for larger sizes, and on a busy machine): the batch is sized to what is left of
    // the budget at the cost seen so far, starting cautiously.
    const double per_glyph = stats_.rasterized > 0 ? std::max(0.01, stats_.raster_ms / static_cast<double>(stats_.rasterized)) : 0.25;
    const std::size_t room = static_cast<std::size_t>(std::clamp((deadline - now_ms()) / per_glyph, 8.0, 256.0));
    std::vector<char32_t> batch;
    while (!queue.empty() && batch.size() < room) {
      const char32_t c = queue.back();
      queue.pop_back();
      --queued_;
      if (!glyphs.glyphs.contains(c)) batch.push_back(c);
    }
    if (batch.empty()) continue;
    const double started = now_ms();
    rasterize_batch(static_cast<int>(file), batch, glyphs);
    stats_.raster_ms += now_ms() - started;
    stats_.rasterized += batch.size();
    cache_dirty_ = true;
  }
}

// ---- the atlas

void Fonts::rebuild(float pixel_size) {
  const double started = now_ms();
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // WebGL 2 takes any size: no rows uploaded for nothing
  const ImVector<ImWchar> ranges = ranges_of([&](auto&& add) { ui_wanted_.for_each(add); });
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
  config.OversampleH = 2;
  config.OversampleV = 1;
  ImFont* font = atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(kUiFont[0].data), static_cast<int>(kUiFont[0].size), pixel_size,
                                             &config, ranges.Data);

  // The fetched fonts' glyphs, as far as the texture holds them (the rest stay missing).
  const double ui_area = static_cast<double>(ui_wanted_.size()) * (pixel_size * 1.3 + 2) * (pixel_size + 2);
  const double max_area = 0.75 * static_cast<double>(max_texture_) * static_cast<double>(max_texture_);
  double area = ui_area;
  GlyphCache& glyphs = cache();
  struct Placed {
    int rect;
    char32_t c;
    const Glyph* glyph;
  };
  std::vector<Placed> placed;
  for (const Pending& p : file_chars_) {
    const auto it = glyphs.glyphs.find(p.c);
    if (it == glyphs.glyphs.end()) continue;
    const Glyph& g = it->second;
    // A blank texel on every side inside the glyph's own rectangle: ImGui packs custom rectangles edge to edge, and a
    // glyph drawn at a fractional position samples half a texel beyond its quad (a neighbour's edge showed as a thin
    // bar beside 少 at 1x).
    const int w = std::max<int>(g.width, 1) + 2, h = std::max<int>(g.height, 1) + 2;
    if (area + w * h > max_area) break;
    area += w * h;
    // Whole-pixel advances keep a run of hanzi on whole pixels, so each is drawn sharp rather than resampled.
    placed.push_back(Placed{atlas->AddCustomRectFontGlyph(font, static_cast<ImWchar>(p.c), w, h, std::round(g.advance), ImVec2(g.x0 - 1, g.y0 - 1)), p.c, &g});
  }
  int width = 512;
  while (width < max_texture_ && static_cast<double>(width) * width < area * 1.25) width *= 2;
  atlas->TexDesiredWidth = width;
  atlas->Build();
  // A tab is the mark where Chinese text may break (line_breaks.hpp): ImGui wraps at it, and it takes no room.
  if (ImFontGlyph* tab = const_cast<ImFontGlyph*>(font->FindGlyphNoFallback(static_cast<ImWchar>(kBreakMark)))) tab->AdvanceX = 0;
  if (font->IndexAdvanceX.Size > kBreakMark) font->IndexAdvanceX[kBreakMark] = 0;

  unsigned char* pixels = atlas->TexPixelsAlpha8;
  const float baseline = std::round(font->Ascent);
  for (const Placed& p : placed) {
    const ImFontAtlasCustomRect* rect = atlas->GetCustomRectByIndex(p.rect);
    if (!rect->IsPacked()) continue;
    for (int row = 0; row < p.glyph->height; ++row)
      std::memcpy(pixels + static_cast<std::size_t>(rect->Y + 1 + row) * static_cast<std::size_t>(atlas->TexWidth) + rect->X + 1,
                  glyphs.pixels.data() + p.glyph->pixels + static_cast<std::size_t>(row) * p.glyph->width, p.glyph->width);
    // Custom glyphs are placed from the line's top; the cached offsets are from the baseline.
    if (ImFontGlyph* g = const_cast<ImFontGlyph*>(font->FindGlyphNoFallback(static_cast<ImWchar>(p.c)))) {
      g->Y0 += baseline;
      g->Y1 += baseline;
    }
  }
  in_atlas_.clear();
  for (const ImFontGlyph& g : font->Glyphs) in_atlas_.add(g.Codepoint);
  missing_.reset();
  ui_dirty_ = false;
  cache_dirty_ = false;
  last_rebuild_at_ = now_ms();
  stats_.atlas_glyphs = static_cast<std::size_t>(font->Glyphs.Size);
  stats_.texture_width = atlas->TexWidth;
  stats_.texture_height = atlas->TexHeight;
  ++stats_.rebuilds;
  stats_.last_rebuild_ms = last_rebuild_at_ - started;
}

void Fonts::texture_uploaded(double ms) {
  stats_.last_rebuild_ms += ms;
  stats_.max_rebuild_ms = std::max(stats_.max_rebuild_ms, stats_.last_rebuild_ms);
  frame_work_ms_ += ms;
  stats_.max_frame_ms = std::max(stats_.max_frame_ms, frame_work_ms_);
  work_since_open_ += ms;
  last_work_end_ = now_ms();
}

void Fonts::set_max_texture_size(int pixels) { max_texture_ = std::clamp(pixels, 1024, 4096); }

bool Fonts::update(float pixel_size, double budget_ms) {
  const double started = now_ms();
  // The last frame finished the open scenario's characters (upload included): how long that took.
  if (scenario_opened_at_ >= 0 && stats_.settle_wall_ms < 0 && !busy()) {
    stats_.settle_wall_ms = last_work_end_ - scenario_opened_at_;
    stats_.settle_work_ms = work_since_open_;
    stats_.settle_rasterized = stats_.rasterized - rasterized_at_open_;
  }
  resolve();
  if (pixel_size != pixel_size_) {
    pixel_size_ = pixel_size;
    // Glyphs of the new size: from the kept cache of that size, else rasterized again. Two sizes are kept.
    for (auto it = caches_.begin(); caches_.size() > 2 && it != caches_.end();)
      it = it->first != pixel_size && it->first != previous_size_ ? caches_.erase(it) : std::next(it);
    for (auto& queue : raster_queue_) queue.clear();
    queued_ = 0;
    for (const Pending& p : file_chars_)
      if (!cache().glyphs.contains(p.c)) {
        raster_queue_[static_cast<std::size_t>(p.file)].push_back(p.c);
        ++queued_;
      }
    ui_dirty_ = true;
  }
  previous_size_ = pixel_size;
  // While thousands of glyphs rasterize, a frame now and then shows those done instead (one or the other: a frame
  // holds one slice of font work).
  const bool progressive = cache_dirty_ && queued_ > 0 && started - last_rebuild_at_ > kProgressiveRebuildMs;
  if (!progressive) rasterize(started + budget_ms);
  const bool rebuilt = ui_dirty_ || progressive || (cache_dirty_ && queued_ == 0);
  if (rebuilt) rebuild(pixel_size);
  frame_work_ms_ = now_ms() - started;
  stats_.max_frame_ms = std::max(stats_.max_frame_ms, frame_work_ms_);
  if (rebuilt) stats_.max_rebuild_ms = std::max(stats_.max_rebuild_ms, stats_.last_rebuild_ms);
  if (scenario_opened_at_ >= 0 && stats_.settle_wall_ms < 0) {
    work_since_open_ += frame_work_ms_;
    if (frame_work_ms_ > 0.05) last_work_end_ = now_ms();
  }
  return rebuilt;
}

// ---- state

bool Fonts::busy() const {
  if (!fresh_.empty() || !unresolved_.empty() || queued_ > 0 || ui_dirty_ || cache_dirty_) return true;
  return index_state_ == FileState::Requested;
}

std::size_t Fonts::missing() const {
  if (missing_) return *missing_;
  CodePointSet needed = drawn_;
  needed.add_all(scenario_common_);
  if (chinese_) needed.add_all(scenario_chinese_);
  for (const bool which : {false, true})
    if (which ? chinese_ : english_) needed.add_all(interface_set(which));
  std::size_t count = 0;
  needed.for_each([&](char32_t c) { count += !in_atlas_.contains(c); });
  if (!busy()) missing_ = count;  // while busy it changes from frame to frame
  return count;
}

bool Fonts::interface_drawable(bool chinese) const {
  bool all = true;
  interface_set(chinese).for_each([&](char32_t c) { all = all && in_atlas_.contains(c); });
  return all;
}

std::vector<std::string> Fonts::loaded() const {
  std::vector<std::string> names{"ui"};
  names.insert(names.end(), loaded_order_.begin(), loaded_order_.end());
  return names;
}

std::vector<std::string> Fonts::failed() const { return failed_names_; }

std::optional<std::pair<std::string, std::string>> Fonts::take_failure() {
  if (failures_.empty()) return std::nullopt;
  auto first = std::move(failures_.front());
  failures_.erase(failures_.begin());
  return first;
}

double Fonts::time_plain_build() const {
  const double started = now_ms();
  ImFontAtlas atlas;
  const ImVector<ImWchar> ranges = ranges_of([&](auto&& add) { in_atlas_.for_each(add); });
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 2;
  config.OversampleV = 1;
  atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(kUiFont[0].data), static_cast<int>(kUiFont[0].size), pixel_size_, &config, ranges.Data);
  for (std::size_t f = 0; f < file_bytes_.size(); ++f) {
    if (file_states_[f] != FileState::Loaded) continue;
    const FontMetrics& m = index_->files()[f].metrics;
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.FontDataOwnedByAtlas = false;
    merge.OversampleH = 1;
    merge.OversampleV = 1;
    const float size = ui_em(pixel_size_) * static_cast<float>(m.ascent - m.descent) / static_cast<float>(m.units_per_em);
    atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(file_bytes_[f].data()), static_cast<int>(file_bytes_[f].size()), size, &merge, ranges.Data);
  }
  atlas.Build();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);  // what the renderer uploads
  return now_ms() - started;
}

std::size_t Fonts::fallback_glyphs_drawn(const ImDrawData* draw_data) const {
  if (!draw_data || ImGui::GetIO().Fonts->Fonts.empty()) return 0;
  const ImFontGlyph* fallback = ImGui::GetIO().Fonts->Fonts[0]->FallbackGlyph;
  if (!fallback || !fallback->Visible) return 0;
  // Each glyph is a quad whose first vertex carries the glyph's top-left texture coordinate.
  std::size_t count = 0;
  for (int i = 0; i < draw_data->CmdListsCount; ++i)
    for (const ImDrawVert& v : draw_data->CmdLists[i]->VtxBuffer) count += v.uv.x == fallback->U0 && v.uv.y == fallback->V0;
  return count;
}

}  // namespace shell

// Every text ImGui draws goes through ImDrawList::AddText. The app is linked with --wrap for its two overloads
// (shell/CMakeLists.txt): calls from ImGui and the panels reach these first, which note the characters, then the real
// functions. The names are the Itanium C++ manglings of ImGui 1.90.1's declarations; if they changed, the link fails.
extern "C" {
void __real__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(ImDrawList*, const ImFont*, float, const ImVec2&, ImU32, const char*,
                                                                          const char*, float, const ImVec4*);
void __real__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(ImDrawList*, const ImVec2&, ImU32, const char*, const char*);

void __wrap__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(ImDrawList* list, const ImFont* font, float size, const ImVec2& pos, ImU32 col,
                                                                          const char* begin, const char* end, float wrap, const ImVec4* clip) {
  if (begin) shell::fonts().need_text(std::string_view(begin, end ? static_cast<std::size_t>(end - begin) : std::strlen(begin)));
  __real__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(list, font, size, pos, col, begin, end, wrap, clip);
}

void __wrap__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(ImDrawList* list, const ImVec2& pos, ImU32 col, const char* begin, const char* end) {
  if (begin) shell::fonts().need_text(std::string_view(begin, end ? static_cast<std::size_t>(end - begin) : std::strlen(begin)));
  __real__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(list, pos, col, begin, end);
}
}
