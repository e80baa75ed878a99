// Copyright 2026 The tenor Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The JSON writer behind tenor::ToJson (render/json.h): keys in the order
// written, strings escaped, no whitespace. Amounts are always written as
// strings of exact decimal text, never as JSON numbers. Not API.

#ifndef TENOR_SRC_RENDER_JSON_WRITER_H_
#define TENOR_SRC_RENDER_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "tenor/version.h"

TENOR_BEGIN_NAMESPACE
namespace internal {

class JsonWriter {
 public:
  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }

  // Writes "key": (the value follows).
  JsonWriter& Key(std::string_view key) {
    Separate();
    String(key);
    out_ += ':';
    after_key_ = true;
    return *this;
  }
  JsonWriter& Value(std::string_view s) {
    Separate();
    String(s);
    return *this;
  }
  JsonWriter& Value(const char* s) { return Value(std::string_view(s)); }
  JsonWriter& Value(const std::string& s) { return Value(std::string_view(s)); }
  JsonWriter& Value(bool b) {
    Separate();
    out_ += b ? "true" : "false";
    return *this;
  }
  JsonWriter& Value(int64_t n) {
    Separate();
    out_ += std::to_string(n);
    return *this;
  }
  JsonWriter& Value(int n) { return Value(static_cast<int64_t>(n)); }

  const std::string& str() const { return out_; }

 private:
  JsonWriter& Open(char c) {
    Separate();
    out_ += c;
    first_ = true;
    return *this;
  }
  JsonWriter& Close(char c) {
    out_ += c;
    first_ = false;
    return *this;
  }
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_ && !out_.empty()) out_ += ',';
    first_ = false;
  }
  void String(std::string_view s) {
    out_ += '"';
    for (char c : s) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            static const char kHex[] = "0123456789abcdef";
            out_ += "\\u00";
            out_ += kHex[(c >> 4) & 0xf];
            out_ += kHex[c & 0xf];
          } else {
            out_ += c;
          }
      }
    }
    out_ += '"';
  }

  std::string out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace internal
TENOR_END_NAMESPACE

#endif  // TENOR_SRC_RENDER_JSON_WRITER_H_
