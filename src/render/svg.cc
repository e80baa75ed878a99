// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tenor/render/svg.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/numeric/int128.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "render/product_name.h"
#include "tenor/calendar/calendar.h"

TENOR_BEGIN_NAMESPACE
namespace {

// value * length / max in whole pixels (rounded down), exact for any int64
// inputs: the chart needs no floating point.
int64_t Scale(int64_t value, int64_t length, int64_t max) {
  if (max <= 0) return 0;
  return static_cast<int64_t>(absl::int128(value) * length / max);
}

// Escapes the five XML special characters.
std::string Xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string ToSvg(const Schedule& s, const SvgOptions& options) {
  const int64_t width = std::max(options.width, 320);
  const int64_t height = std::max(options.height, 240);
  const int64_t left = 100, right = 110, top = 70, bottom = 90;
  const int64_t plot_w = width - left - right;
  const int64_t plot_h = height - top - bottom;
  const int64_t x0 = left, y0 = top + plot_h;  // the plot's bottom-left
  const std::string code(s.currency().code());
  const auto n = static_cast<int64_t>(s.instalments().size());

  int64_t max_amount = 0;
  for (const Instalment& i : s.instalments()) {
    max_amount = std::max(max_amount, i.amount);
  }
  max_amount = std::max<int64_t>(max_amount, 1);
  const int64_t max_balance =
      std::max<int64_t>(s.amount_of_credit().minor_units(), 1);

  std::string out = absl::StrFormat(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
      "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
      width, height, width, height);
  absl::StrAppend(&out, absl::StrFormat(
                            "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n",
                            width, height));
  const std::string title = absl::StrFormat(
      "%s: %s over %d instalment(s), rate %s%%, APR %s%%, total payable %s",
      internal::ProductSlug(s), s.amount_of_credit().ToDisplayString(), n,
      s.rate().ToString(), s.apr().ToString(), s.total_payable().ToString());
  absl::StrAppend(&out, absl::StrFormat(
                            "<text x=\"%d\" y=\"28\" text-anchor=\"middle\" "
                            "font-size=\"15\" font-weight=\"bold\">%s</text>\n",
                            width / 2, Xml(title)));

  // Grid and the two axes' ticks: four steps of each axis's maximum.
  for (int k = 0; k <= 4; ++k) {
    const int64_t y = y0 - Scale(k, plot_h, 4);
    absl::StrAppend(&out, absl::StrFormat(
                              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                              "stroke=\"#dddddd\"/>\n",
                              x0, y, x0 + plot_w, y));
    absl::StrAppend(
        &out, absl::StrFormat(
                  "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                  x0 - 8, y + 4,
                  s.ToMoney(Scale(max_amount, k, 4)).ToString()));
    absl::StrAppend(
        &out, absl::StrFormat(
                  "<text x=\"%d\" y=\"%d\" text-anchor=\"start\" "
                  "fill=\"#b03a2e\">%s</text>\n",
                  x0 + plot_w + 8, y + 4,
                  s.ToMoney(Scale(max_balance, k, 4)).ToString()));
  }
  absl::StrAppend(&out, absl::StrFormat(
                            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                            "stroke=\"#333333\"/>\n",
                            x0, top, x0, y0));
  absl::StrAppend(&out, absl::StrFormat(
                            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                            "stroke=\"#333333\"/>\n",
                            x0, y0, x0 + plot_w, y0));
  absl::StrAppend(&out, absl::StrFormat(
                            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                            "stroke=\"#b03a2e\"/>\n",
                            x0 + plot_w, top, x0 + plot_w, y0));

  // Bars: principal at the bottom, interest stacked on top.
  const int64_t slot = n > 0 ? plot_w / n : plot_w;
  const int64_t bar = std::max<int64_t>(slot * 3 / 5, 1);
  // Label every k-th bar so that due dates (about 70 px wide) never overlap.
  const int64_t label_every = std::max<int64_t>(1, (72 + slot - 1) / std::max<int64_t>(slot, 1));
  std::string balance_points = absl::StrFormat("%d,%d", x0, y0 - plot_h);
  int64_t k = 0;
  for (const Instalment& i : s.instalments()) {
    const int64_t cx = x0 + slot * k + slot / 2;
    const int64_t h_principal = Scale(i.principal, plot_h, max_amount);
    const int64_t h_total = Scale(i.amount, plot_h, max_amount);
    const int64_t h_interest = h_total - h_principal;
    absl::StrAppend(
        &out,
        absl::StrFormat(
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
            "fill=\"#2e86c1\"><title>#%d %s principal %s</title></rect>\n",
            cx - bar / 2, y0 - h_principal, bar, h_principal, i.number,
            FormatDate(i.due_date), s.ToMoney(i.principal).ToString()));
    if (h_interest > 0) {
      absl::StrAppend(
          &out,
          absl::StrFormat(
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
              "fill=\"#f5b041\"><title>#%d %s interest %s</title></rect>\n",
              cx - bar / 2, y0 - h_total, bar, h_interest, i.number,
              FormatDate(i.due_date), s.ToMoney(i.interest).ToString()));
    }
    if (k % label_every == 0) {
      absl::StrAppend(
          &out, absl::StrFormat("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                                "%d</text>\n",
                                cx, y0 + 16, i.number));
      absl::StrAppend(
          &out, absl::StrFormat("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
                                "font-size=\"10\" fill=\"#555555\">%s</text>\n",
                                cx, y0 + 30, FormatDate(i.due_date)));
    }
    absl::StrAppend(&balance_points,
                    absl::StrFormat(" %d,%d", cx,
                                    y0 - Scale(i.balance, plot_h, max_balance)));
    ++k;
  }
  absl::StrAppend(&out, absl::StrFormat(
                            "<polyline points=\"%s\" fill=\"none\" "
                            "stroke=\"#b03a2e\" stroke-width=\"2.5\"/>\n",
                            balance_points));

  // Axis titles and the legend.
  absl::StrAppend(
      &out, absl::StrFormat(
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
                "font-size=\"13\">Instalment number and due date</text>\n",
                x0 + plot_w / 2, y0 + 52));
  absl::StrAppend(
      &out, absl::StrFormat(
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\" "
                "transform=\"rotate(-90 %d %d)\">Instalment amount (%s)</text>\n",
                24, top + plot_h / 2, 24, top + plot_h / 2, code));
  absl::StrAppend(
      &out, absl::StrFormat(
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\" "
                "fill=\"#b03a2e\" transform=\"rotate(90 %d %d)\">Balance after "
                "the instalment (%s)</text>\n",
                width - 24, top + plot_h / 2, width - 24, top + plot_h / 2,
                code));
  const int64_t ly = height - 18;
  const int64_t lx = x0;
  absl::StrAppend(
      &out,
      absl::StrFormat(
          "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"#2e86c1\"/>"
          "<text x=\"%d\" y=\"%d\">principal</text>\n"
          "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"#f5b041\"/>"
          "<text x=\"%d\" y=\"%d\">interest</text>\n"
          "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b03a2e\" "
          "stroke-width=\"2.5\"/><text x=\"%d\" y=\"%d\">balance</text>\n",
          lx, ly - 11, lx + 20, ly, lx + 110, ly - 11, lx + 130, ly, lx + 210,
          ly - 4, lx + 240, ly - 4, lx + 246, ly));
  absl::StrAppend(&out, "</svg>\n");
  return out;
}

TENOR_END_NAMESPACE
