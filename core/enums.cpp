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
constexpr NameTable<Section, 4> kSections{{"duty", "requirement", "preferred", "other"}};
constexpr NameTable<Kind, 9> kKinds{{"project", "study", "coding-test", "interview", "application", "resume",
                                      "community", "certificate", "other"}};
constexpr NameTable<Status, 3> kStatuses{{"todo", "doing", "done"}};
constexpr NameTable<Repeat, 3> kRepeats{{"none", "daily", "weekly"}};

QString tr(const char *text) { return QCoreApplication::translate("jobprep::Names", text); }

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
    case Stage::Interested: return tr("Interested");
    case Stage::Preparing: return tr("Preparing");
    case Stage::Applied: return tr("Applied");
    case Stage::CodingTest: return tr("Coding test");
    case Stage::Interview: return tr("Interview");
    case Stage::Offer: return tr("Offer");
    case Stage::Rejected: return tr("Rejected");
    case Stage::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QString displayName(Kind v)
{
    switch (v) {
    case Kind::Project: return tr("Project");
    case Kind::Study: return tr("Study");
    case Kind::CodingTest: return tr("Coding test");
    case Kind::Interview: return tr("Interview");
    case Kind::Application: return tr("Application");
    case Kind::Resume: return tr("Resume");
    case Kind::Community: return tr("Community");
    case Kind::Certificate: return tr("Certificate");
    case Kind::Other: return tr("Other");
    }
    return {};
}

QString displayName(Section v)
{
    switch (v) {
    case Section::Duty: return tr("Duties");
    case Section::Requirement: return tr("Requirements");
    case Section::Preferred: return tr("Preferred");
    case Section::Other: return tr("Other");
    }
    return {};
}

QString displayName(Role v)
{
    switch (v) {
    case Role::DataEngineer: return tr("Data engineer");
    case Role::DataScientist: return tr("Data scientist");
    case Role::AiResearcher: return tr("AI researcher");
    case Role::DataAnalyst: return tr("Data analyst");
    case Role::MlEngineer: return tr("ML engineer");
    case Role::Other: return tr("Other");
    }
    return {};
}

QString displayName(Quadrant q)
{
    switch (q) {
    case Quadrant::DoFirst: return tr("Do first");
    case Quadrant::Schedule: return tr("Schedule");
    case Quadrant::Limit: return tr("Limit");
    case Quadrant::Drop: return tr("Drop / later");
    case Quadrant::None: return tr("Not placed");
    }
    return {};
}

} // namespace jobprep
