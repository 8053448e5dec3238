// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/settings.h"

namespace jobprep {

class Service;
struct Change;

// The planner settings, shared by the GUI and the CLI through the database.
class SettingsService
{
public:
    explicit SettingsService(Service &service) : m_service(service) {}

    Settings current() const;
    // Saves them and places every open task again; nothing when they are what is stored.
    void save(const Settings &settings, Change *change = nullptr);

private:
    Service &m_service;
};

} // namespace jobprep
