// theme.cpp — styles tuned for reading tables in a classroom: generous spacing, calm colours, clear selection.
#include "theme.hpp"

#include <imgui.h>

#include "embedded_files.hpp"
#include "i18n.hpp"

namespace shell {

void apply_theme(Theme theme, float scale) {
  ImGuiStyle style;
  if (theme == Theme::Dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0.0f;
  style.FrameRounding = 4.0f;
  style.TabRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.ScrollbarRounding = 6.0f;
  style.WindowBorderSize = 1.0f;
  style.FramePadding = ImVec2(8, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 3);
  style.WindowPadding = ImVec2(10, 8);
  if (theme == Theme::Dark) {
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.29f, 0.48f, 1.0f);
    style.Colors[ImGuiCol_TitleBg] = ImVec4(0.15f, 0.20f, 0.28f, 1.0f);  // tiled panels: inactive titles stay legible
  } else {
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    style.FrameBorderSize = 1.0f;  // white inputs on a near-white window need an edge
  }
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

void build_fonts(float pixel_size, std::span<const unsigned char> cjk_font) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
  config.OversampleH = 2;
  config.OversampleV = 1;
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x024F, 0x2000, 0x206F, 0x2190, 0x21FF, 0x2500, 0x25FF, 0x2700, 0x27BF, 0};
  io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(kUiFont[0].data), static_cast<int>(kUiFont[0].size), pixel_size,
                                 &config, ranges);
  if (!cjk_font.empty()) {
    // Merged into the UI font: Chinese glyphs for the translated interface (the CJK punctuation block, the common
    // ideographs, and every character of the translation table, in case one is outside the common set).
    static ImVector<ImWchar> cjk_ranges;
    if (cjk_ranges.empty()) {
      ImFontGlyphRangesBuilder builder;
      builder.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
      for (const auto& entry : chinese_strings()) builder.AddText(entry.second);
      builder.BuildRanges(&cjk_ranges);
    }
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.FontDataOwnedByAtlas = false;  // App keeps the bytes
    merge.OversampleH = 1;               // thousands of glyphs: keep the atlas small
    merge.OversampleV = 1;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(cjk_font.data()), static_cast<int>(cjk_font.size()), pixel_size, &merge, cjk_ranges.Data);
  }
  io.Fonts->Build();
}

}  // namespace shell
