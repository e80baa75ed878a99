// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0

#include "cli.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/flags/commandlineflag.h"
#include "absl/flags/reflection.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"

namespace tenor_cli {
namespace {

const FlagSpec* FindFlag(const CommandSpec& spec, std::string_view name) {
  for (const FlagSpec& f : spec.flags) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

absl::Status Bad(std::string message) {
  return absl::InvalidArgumentError(std::move(message));
}

}  // namespace

std::optional<std::string> ParsedArgs::Get(std::string_view name) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  return it->second.front();
}

std::vector<std::string> ParsedArgs::GetAll(std::string_view name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return {};
  return it->second;
}

bool ParsedArgs::Has(std::string_view name) const {
  return values_.find(name) != values_.end();
}

absl::StatusOr<ParsedArgs> ParseArgs(const std::vector<std::string>& args,
                                     const CommandSpec& spec) {
  ParsedArgs parsed;
  for (size_t k = 0; k < args.size(); ++k) {
    const std::string& arg = args[k];
    if (arg.size() < 3 || arg[0] != '-' || arg[1] != '-') {
      return Bad(absl::StrFormat(
          "unexpected argument \"%s\": tenor %s takes only --flag=value "
          "arguments",
          arg, spec.name));
    }
    const size_t eq = arg.find('=');
    const std::string name = arg.substr(2, eq == std::string::npos
                                               ? std::string::npos
                                               : eq - 2);
    const FlagSpec* flag = FindFlag(spec, name);
    if (flag == nullptr) {
      return Bad(absl::StrFormat("--%s: unknown flag for tenor %s", name,
                                 spec.name));
    }
    std::string value;
    if (eq != std::string::npos) {
      value = arg.substr(eq + 1);
    } else if (k + 1 < args.size() && args[k + 1].rfind("--", 0) != 0) {
      value = args[++k];
    } else {
      return Bad(absl::StrFormat("--%s: missing value (use --%s=VALUE)", name,
                                 name));
    }
    std::vector<std::string>& slot = parsed.values_[name];
    if (!slot.empty() && !flag->repeatable) {
      return Bad(absl::StrFormat("--%s: given more than once", name));
    }
    slot.push_back(std::move(value));
  }
  return parsed;
}

absl::Status ApplyToAbslFlags(const ParsedArgs& args, const CommandSpec& spec) {
  for (const FlagSpec& f : spec.flags) {
    if (f.repeatable) continue;
    std::optional<std::string> value = args.Get(f.name);
    if (!value) continue;
    const std::string absl_name = absl::StrReplaceAll(std::string(f.name), {{"-", "_"}});
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(absl_name);
    if (flag == nullptr) {
      return absl::InternalError(
          absl::StrFormat("--%s: no Abseil flag named %s", f.name, absl_name));
    }
    std::string error;
    if (!flag->ParseFrom(*value, &error)) {
      return Bad(absl::StrFormat("--%s: %s", f.name, error));
    }
  }
  return absl::OkStatus();
}

absl::Status FlagError(std::string_view flag, const absl::Status& status) {
  return absl::Status(status.code(),
                      absl::StrCat("--", std::string(flag), ": ", status.message()));
}

}  // namespace tenor_cli
