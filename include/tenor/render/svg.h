// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: render/svg.h
// -----------------------------------------------------------------------------
//
// A chart of a schedule as a standalone SVG document: each instalment as a
// stacked bar (principal below, interest on top) against the left axis, the
// balance of principal left after each instalment as a line against the
// right axis, labelled axes, a title and a legend. `tenor quote
// --format=svg` prints it; docs/schedules.md shows one.
//
// Like the other renderings it does no I/O and uses no floating point:
// coordinates are whole pixels computed from the minor units with integer
// arithmetic, and labels are the exact decimal amounts, so the same
// schedule always gives the same bytes.
//
// Example:
//
//   std::string svg = tenor::ToSvg(*schedule);   // "<svg xmlns=..."

#ifndef TENOR_RENDER_SVG_H_
#define TENOR_RENDER_SVG_H_

#include <string>

#include "tenor/schedule/schedule.h"
#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE

// SvgOptions
//
// The chart's size in pixels (at least 320 x 240; smaller values are
// raised to that).
struct SvgOptions {
  int width = 900;
  int height = 540;
};

// ToSvg()
//
// The chart of `schedule`, ending in a newline.
std::string ToSvg(const Schedule& schedule, const SvgOptions& options = {});

TENOR_END_NAMESPACE

#endif  // TENOR_RENDER_SVG_H_
