// The pre-submission check: a job bound to OnSaveDone, OnSaveAsDone and OnCopyToDone (PDF
// export) in registry/Jobs.xcu. It cannot stop the save (LibreOffice gives jobs no veto); with
// errors it puts an infobar on the document with a button that opens the panel. On
// OnViewCreated it installs the SaveGate that asks before saving in mode "ask".
#pragma once

#include "ui_common.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <cppuhelper/implbase2.hxx>

namespace gwui {

constexpr const char* preSubmissionJobName = "org.gwcheck.ui.PreSubmissionJob";
constexpr const char* infobarId = "org.gwcheck.presubmission";

class PreSubmissionJob : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo>
{
public:
    explicit PreSubmissionJob(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    css::uno::Any SAL_CALL execute(const Sequence<css::beans::NamedValue>& arguments) override;

    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(preSubmissionJobName); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    Reference<css::uno::XComponentContext> context_;
};

} // namespace gwui
