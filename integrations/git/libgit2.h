// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// libgit2 for this folder: one initialisation per process, and its objects freed by their owners.
#pragma once

#include <git2.h>

#include <QString>

namespace jobprep::git {

void ensureInitialized();
// libgit2's message for the last failure on this thread.
QString lastError();

template <typename T, void (*Free)(T *)> class Owned
{
public:
    Owned() = default;
    ~Owned() { reset(); }
    Owned(const Owned &) = delete;
    Owned &operator=(const Owned &) = delete;
    T **out()
    {
        reset();
        return &m_p;
    }
    T *get() const { return m_p; }
    void reset()
    {
        if (m_p)
            Free(m_p);
        m_p = nullptr;
    }

private:
    T *m_p = nullptr;
};

} // namespace jobprep::git
