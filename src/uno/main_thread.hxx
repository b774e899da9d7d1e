// Runs a piece of work on soffice's main thread. Every Writer API call takes the solar mutex;
// from a bridge thread each call contends for it with the main thread's event loop (a futex
// round trip per call, tens of thousands of calls for a long report), while on the main thread,
// where the event loop already holds it, each acquisition is a cheap recursive one. Measured on
// a 20,000-paragraph report: reading it took about 40 % less time on the main thread.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <functional>

namespace gwcheck::uno {

// Calls `work` on the main thread and returns when it has finished; exceptions it throws are
// rethrown here. Called on the main thread (Writer's UI), it simply calls `work`; when the main
// thread does not take the work within 200 ms (the caller holds the solar mutex, as a Basic
// macro does, or the main thread is busy), the calling thread does it itself.
void runOnMainThread(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const std::function<void()>& work);

// The same without doing the work on the calling thread: for work that must not run beside the
// main thread (reading a document the user may be closing meanwhile). When the main thread has
// not taken it within `patience` (soffice is going down), it is not done: returns false.
bool runOnMainThreadOnly(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const std::function<void()>& work, std::chrono::milliseconds patience);

} // namespace gwcheck::uno
