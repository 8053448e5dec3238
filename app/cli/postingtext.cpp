// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingtext.h"
#include "cli.h"
#include "core/postings/eligibility.h"
#include "core/postings/linematch.h"

#include <QFile>
#include <QJsonArray>

namespace jobprep::cli {

ParseResult readAndParse(const QString &option, const QString &path, QString *text)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok)
        throw UsageError(QStringLiteral("%1 %2: cannot read (%3)").arg(option, path, f.errorString()));
    // One byte more than allowed is enough to tell the parser the text is too long. A pipe hands
    // its data over in pieces, so keep reading until the limit or the end.
    const qint64 limit = PostingParser::kMaxBytes + 4;
    QByteArray bytes;
    while (bytes.size() < limit) {
        const QByteArray piece = f.read(limit - bytes.size());
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    const ParseResult r = PostingParser().parseUtf8(bytes);
    if (!r.ok())
        throw UsageError(QStringLiteral("%1 %2: %3").arg(option, path, r.error));
    if (text)
        *text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    return r;
}

QJsonObject proposalJson(const ProposedTask &p)
{
    QJsonObject o{{QStringLiteral("line"), p.line},
                  {QStringLiteral("title"), p.title},
                  {QStringLiteral("kind"), toString(p.kind)},
                  {QStringLiteral("skill"), p.skill.isEmpty() ? QJsonValue() : QJsonValue(p.skill)},
                  {QStringLiteral("checked"), p.checked}};
    if (p.existingTaskId)
        o.insert(QStringLiteral("existingTask"), p.existingTaskId);
    return o;
}

QJsonObject parseJson(const ParseResult &result, const QList<ProposedTask> &proposals)
{
    QJsonArray lines;
    for (const ParsedLine &l : result.lines) {
        QJsonArray oneOf;
        for (const QStringList &group : l.oneOf)
            oneOf.append(QJsonArray::fromStringList(group));
        QJsonObject o{{QStringLiteral("section"), toString(l.section)},
                      {QStringLiteral("text"), l.text},
                      {QStringLiteral("line"), l.sourceLine},
                      {QStringLiteral("heading"), l.heading},
                      {QStringLiteral("headingLine"), l.headingLine ? QJsonValue(l.headingLine) : QJsonValue()},
                      {QStringLiteral("skills"), QJsonArray::fromStringList(l.skills)},
                      {QStringLiteral("oneOf"), oneOf},
                      {QStringLiteral("eligibility"), l.eligibility == EligibilityKind::None
                                                          ? QJsonValue()
                                                          : QJsonValue(Eligibility::name(l.eligibility))}};
        if (!l.taskTitle.isEmpty()) {
            o.insert(QStringLiteral("taskTitle"), l.taskTitle);
            o.insert(QStringLiteral("taskKind"), toString(l.taskKind));
        }
        lines.append(o);
    }
    QJsonObject sections;
    for (const QString &name : allNames<Section>())
        sections.insert(name, result.count(*fromString<Section>(name)));
    QJsonArray tasks;
    for (const ProposedTask &p : proposals)
        tasks.append(proposalJson(p));
    return {{QStringLiteral("lines"), lines},
            {QStringLiteral("skills"), QJsonArray::fromStringList(result.skills)},
            {QStringLiteral("requiredSkills"), QJsonArray::fromStringList(result.skillsIn(Section::Requirement))},
            {QStringLiteral("preferredSkills"), QJsonArray::fromStringList(result.skillsIn(Section::Preferred))},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("language"), result.language},
            {QStringLiteral("proposedTasks"), tasks}};
}

void printPreview(QTextStream &out, const QList<PostingLine> &lines, const QList<ProposedTask> &proposals)
{
    for (const Section s : {Section::Duty, Section::Requirement, Section::Preferred, Section::Eligibility, Section::Other}) {
        int n = 0;
        for (const PostingLine &l : lines)
            n += l.section == s;
        if (!n)
            continue;
        out << toString(s) << " (" << n << ")\n";
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].section == s)
                out << "  " << pad(QString::number(i + 1), 4) << lines[i].text << "\n";
    }
    if (proposals.isEmpty())
        return;
    out << "proposed tasks\n";
    for (const ProposedTask &p : proposals) {
        out << "  [" << (p.checked ? 'x' : ' ') << "] " << pad(QString::number(p.line + 1), 4)
            << pad(toString(p.kind), 12) << p.title;
        if (p.existingTaskId)
            out << "  -> links to task " << p.existingTaskId << " (" << p.existingTitle << ")";
        out << "\n";
    }
}

} // namespace jobprep::cli
