// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// libFuzzer: the posting parser takes any bytes (invalid UTF-8, NUL, huge lines) without crashing.
#include "core/postings/postingparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const jobprep::PostingParser parser;
    (void)parser.parseUtf8(bytes);
    (void)parser.parse(QString::fromUtf8(bytes));
    return 0;
}
