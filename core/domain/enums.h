// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace jobprep {

enum class Stage { Interested, Preparing, Applied, CodingTest, Interview, Offer, Rejected, Withdrawn };
enum class Role { DataEngineer, DataScientist, AiResearcher, DataAnalyst, MlEngineer, Other };
// Eligibility: years of experience, degree, military service, travel, work permit — conditions a person
// meets or not, never something to prepare, so never a task.
enum class Section { Duty, Requirement, Preferred, Eligibility, Other };
enum class Kind { Project, Study, CodingTest, Interview, Application, Resume, Community, Certificate, Other };
enum class Status { Todo, Doing, Done };
enum class Repeat { None, Daily, Weekly };
// Numbered as the user reads them: 1 Do first, 2 Schedule, 3 Limit, 4 Drop / later.
enum class Quadrant { None = 0, DoFirst = 1, Schedule = 2, Limit = 3, Drop = 4 };

// Stable spellings used in the database, the JSON file and the CLI. Never translate these.
QString toString(Stage v);
QString toString(Role v);
QString toString(Section v);
QString toString(Kind v);
QString toString(Status v);
QString toString(Repeat v);

template <typename E> std::optional<E> fromString(QStringView text);
template <> std::optional<Stage> fromString<Stage>(QStringView text);
template <> std::optional<Role> fromString<Role>(QStringView text);
template <> std::optional<Section> fromString<Section>(QStringView text);
template <> std::optional<Kind> fromString<Kind>(QStringView text);
template <> std::optional<Status> fromString<Status>(QStringView text);
template <> std::optional<Repeat> fromString<Repeat>(QStringView text);

// All spellings of an enum, for usage messages ("one of: a, b, c").
template <typename E> QStringList allNames();
template <> QStringList allNames<Stage>();
template <> QStringList allNames<Role>();
template <> QStringList allNames<Section>();
template <> QStringList allNames<Kind>();
template <> QStringList allNames<Status>();
template <> QStringList allNames<Repeat>();

// Human-readable names (translatable) for display in the GUI and CLI tables.
QString displayName(Stage v);
QString displayName(Kind v);
QString displayName(Section v);
QString displayName(Role v);
QString displayName(Quadrant q);

constexpr bool isTerminal(Stage s) { return s == Stage::Rejected || s == Stage::Withdrawn; }

} // namespace jobprep
