#include "main_thread.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/conditn.hxx>
#include <rtl/ref.hxx>

#include <atomic>
#include <exception>
#include <sys/syscall.h>
#include <unistd.h>

namespace gwcheck::uno {
namespace {

// soffice's event loop runs on the process's initial thread, whose thread id is the process id.
bool onMainThread() { return static_cast<pid_t>(::syscall(SYS_gettid)) == ::getpid(); }

// How long the caller waits for the main thread to take the job before doing it itself. An idle
// main thread takes it within milliseconds; one that cannot (the caller holds the solar mutex,
// as a Basic macro calling the service does, or the main thread is busy) must not cost more.
constexpr TimeValue kHandOverWait{0, 200 * 1000 * 1000};

// The job is done exactly once, by whichever side claims it first: the main thread's callback
// or the caller after the hand-over wait. A callback that comes late finds it claimed and
// returns without touching the caller's (by then gone) work.
class MainThreadJob : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    explicit MainThreadJob(const std::function<void()>& work) : work_(&work) {}

    void SAL_CALL notify(const css::uno::Any&) override
    {
        if (!claim())
            return;
        run();
        done_.set();
    }

    // What the caller does when the main thread has not taken the job within `patience`.
    enum class Late { RunHere, CallOff };

    // Waits for the job; a job the main thread has not taken in time is done here, or called off
    // (a late callback finds it claimed). Returns whether the work was done.
    bool finish(const TimeValue& patience, Late late)
    {
        if (done_.wait(&patience) == osl::Condition::result_timeout && claim()) {
            if (late == Late::CallOff)
                return false;
            run();
        } else {
            done_.wait();
        }
        if (error_)
            std::rethrow_exception(error_);
        return true;
    }

private:
    bool claim()
    {
        bool expected = false;
        return claimed_.compare_exchange_strong(expected, true);
    }

    void run()
    {
        try {
            (*work_)();
        } catch (...) {
            error_ = std::current_exception();
        }
    }

    const std::function<void()>* work_;
    std::atomic<bool> claimed_{false};
    osl::Condition done_;
    std::exception_ptr error_;
};

rtl::Reference<MainThreadJob> postToMainThread(const css::uno::Reference<css::uno::XComponentContext>& context,
                                               const std::function<void()>& work)
{
    const rtl::Reference<MainThreadJob> job(new MainThreadJob(work));
    css::awt::AsyncCallback::create(context)->addCallback(job.get(), css::uno::Any());
    return job;
}

} // namespace

void runOnMainThread(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const std::function<void()>& work)
{
    if (onMainThread())
        work();
    else
        postToMainThread(context, work)->finish(kHandOverWait, MainThreadJob::Late::RunHere);
}

bool runOnMainThreadOnly(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const std::function<void()>& work, std::chrono::milliseconds patience)
{
    if (onMainThread()) {
        work();
        return true;
    }
    const auto ms = patience.count();
    const TimeValue wait{static_cast<sal_uInt32>(ms / 1000), static_cast<sal_uInt32>(ms % 1000) * 1000 * 1000};
    return postToMainThread(context, work)->finish(wait, MainThreadJob::Late::CallOff);
}

} // namespace gwcheck::uno
