// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace jobprep {

// Installs the translators for `language` ("ko", "en"; empty: the system locale, overridable with
// $JOBPREP_LANG) on the running application: ours (embedded) and Qt's own. Returns the language
// actually loaded ("en" when English, the source language, is used).
QString installTranslations(const QString &language = {});

} // namespace jobprep
