// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "settingsservice.h"
#include "service.h"

namespace jobprep {

Settings SettingsService::current() const
{
    return m_service.store().settings();
}

void SettingsService::save(const Settings &settings, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            if (!(w.store().settings() == settings))
                w.saveSettings(settings);
        },
        change);
}

} // namespace jobprep
