// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "skilldictionary.h"

namespace jobprep {

// Skills of a line any one of which satisfies it: "TensorFlow 또는 PyTorch", "Kafka나 Redis",
// "Tableau, Looker 중 하나 이상", "Java, Scala, or Kotlin", "one of Go, Rust". A list joined by commas
// or "and" alone ("Python, SQL") asks for every skill and is no group.
namespace OneOf {

QList<QStringList> groups(QStringView text, const QList<SkillMatch> &matches, const SkillDictionary &skills);

} // namespace OneOf

} // namespace jobprep
