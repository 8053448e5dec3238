// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "enums.h"

#include <QCoreApplication>
#include <array>

namespace jobprep {
namespace {

template <typename E, std::size_t N> struct NameTable
{
    std::array<const char *, N> names;

    QString name(E v) const { return QString::fromLatin1(names.at(static_cast<std::size_t>(v))); }
    std::optional<E> parse(QStringView text) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (text.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
                return static_cast<E>(i);
        }
        return std::nullopt;
    }
    QStringList all() const
    {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    }
};

constexpr NameTable<Stage, 8> kStages{{"interested", "preparing", "applied", "coding-test", "interview",
                                        "offer", "rejected", "withdrawn"}};
constexpr NameTable<Role, 6> kRoles{
    {"data-engineer", "data-scientist", "ai-researcher", "data-analyst", "ml-engineer", "other"}};
constexpr NameTable<Section, 5> kSections{{"duty", "requirement", "preferred", "eligibility", "other"}};
constexpr NameTable<Kind, 9> kKinds{{"project", "study", "coding-test", "interview", "application", "resume",
                                      "community", "certificate", "other"}};
constexpr NameTable<Status, 3> kStatuses{{"todo", "doing", "done"}};
constexpr NameTable<Repeat, 3> kRepeats{{"none", "daily", "weekly"}};

// A translation context of its own, so lupdate and the runtime agree on its name.
struct Names
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::Names)
};

} // namespace

QString toString(Stage v) { return kStages.name(v); }
QString toString(Role v) { return kRoles.name(v); }
QString toString(Section v) { return kSections.name(v); }
QString toString(Kind v) { return kKinds.name(v); }
QString toString(Status v) { return kStatuses.name(v); }
QString toString(Repeat v) { return kRepeats.name(v); }

template <> std::optional<Stage> fromString<Stage>(QStringView t) { return kStages.parse(t); }
template <> std::optional<Role> fromString<Role>(QStringView t) { return kRoles.parse(t); }
template <> std::optional<Section> fromString<Section>(QStringView t) { return kSections.parse(t); }
template <> std::optional<Kind> fromString<Kind>(QStringView t) { return kKinds.parse(t); }
template <> std::optional<Status> fromString<Status>(QStringView t) { return kStatuses.parse(t); }
template <> std::optional<Repeat> fromString<Repeat>(QStringView t) { return kRepeats.parse(t); }

template <> QStringList allNames<Stage>() { return kStages.all(); }
template <> QStringList allNames<Role>() { return kRoles.all(); }
template <> QStringList allNames<Section>() { return kSections.all(); }
template <> QStringList allNames<Kind>() { return kKinds.all(); }
template <> QStringList allNames<Status>() { return kStatuses.all(); }
template <> QStringList allNames<Repeat>() { return kRepeats.all(); }

QString displayName(Stage v)
{
    switch (v) {
    case Stage::Interested: return Names::tr("Interested");
    case Stage::Preparing: return Names::tr("Preparing");
    case Stage::Applied: return Names::tr("Applied");
    case Stage::CodingTest: return Names::tr("Coding test");
    case Stage::Interview: return Names::tr("Interview");
    case Stage::Offer: return Names::tr("Offer");
    case Stage::Rejected: return Names::tr("Rejected");
    case Stage::Withdrawn: return Names::tr("Withdrawn");
    }
    return {};
}

QString displayName(Kind v)
{
    switch (v) {
    case Kind::Project: return Names::tr("Project");
    case Kind::Study: return Names::tr("Study");
    case Kind::CodingTest: return Names::tr("Coding test");
    case Kind::Interview: return Names::tr("Interview");
    case Kind::Application: return Names::tr("Application");
    case Kind::Resume: return Names::tr("Resume");
    case Kind::Community: return Names::tr("Community");
    case Kind::Certificate: return Names::tr("Certificate");
    case Kind::Other: return Names::tr("Other");
    }
    return {};
}

QString displayName(Section v)
{
    switch (v) {
    case Section::Duty: return Names::tr("Duties");
    case Section::Requirement: return Names::tr("Requirements");
    case Section::Preferred: return Names::tr("Preferred");
    case Section::Eligibility: return Names::tr("Eligibility");
    case Section::Other: return Names::tr("Other");
    }
    return {};
}

QString displayName(Role v)
{
    switch (v) {
    case Role::DataEngineer: return Names::tr("Data engineer");
    case Role::DataScientist: return Names::tr("Data scientist");
    case Role::AiResearcher: return Names::tr("AI researcher");
    case Role::DataAnalyst: return Names::tr("Data analyst");
    case Role::MlEngineer: return Names::tr("ML engineer");
    case Role::Other: return Names::tr("Other");
    }
    return {};
}

QString displayName(Quadrant q)
{
    switch (q) {
    case Quadrant::DoFirst: return Names::tr("Do first");
    case Quadrant::Schedule: return Names::tr("Schedule");
    case Quadrant::Limit: return Names::tr("Limit");
    case Quadrant::Drop: return Names::tr("Drop / later");
    case Quadrant::None: return Names::tr("Not placed");
    }
    return {};
}

} // namespace jobprep
