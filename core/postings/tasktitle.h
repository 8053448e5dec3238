// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"
#include "skilldictionary.h"

#include <QHash>

namespace jobprep {

struct TaskTitle
{
    QString title;
    Kind kind = Kind::Study;
};

// Writes the task a person would put on their list for a requirement or preferred line, in the
// posting's language: "AWS 환경에서 웹 서비스를 배포해 본 경험이 있으신 분" becomes "포트폴리오 프로젝트: AWS
// 환경에서 웹 서비스 배포", "Experience building real-time pipelines with Kafka" becomes "Portfolio
// project: building real-time pipelines with Kafka", "Spark 튜닝에 대한 이해" becomes "학습: Spark 튜닝 —
// 학습 노트 정리". The templates and the wording stripped are data (resources/postings/tasktitles.json):
// titles follow the posting's language, which tr() — the interface's language — could not.
class TaskTitleWriter
{
public:
    static constexpr int kMaxTitle = 120;

    static const TaskTitleWriter &builtIn();
    static TaskTitleWriter fromJson(const QByteArray &json, QString *error = nullptr);

    // "ko" when Hangul makes up at least a quarter of the letters of the texts, "en" otherwise.
    static QString languageOf(const QStringList &texts);
    // project when the line asks for project or portfolio experience, coding-test for algorithms and
    // coding tests, certificate for a certificate, study otherwise.
    static Kind guessKind(const QString &lineText);

    // The title for a line whose first skill is skill (empty when it names none): the line's core under
    // the template of its kind, cut at a word under kMaxTitle, always naming the skill.
    TaskTitle write(const QString &lineText, const QString &skill, const QString &language,
                    const SkillDictionary &skills) const;
    // The line without who-is-wanted wording, years of experience and (필수)/(우대) marks.
    QString core(const QString &lineText, const QString &language) const;

private:
    struct Language
    {
        QHash<QString, QString> templates, skillOnly; // by kind's spelling
        QStringList stripStart, stripEnd, stripEndAfterNoun, joinVerbs, dropParticle;
        QList<QPair<QString, QString>> replaceEnd;
    };
    const Language *language(const QString &name) const;

    QHash<QString, Language> m_languages;
};

} // namespace jobprep
