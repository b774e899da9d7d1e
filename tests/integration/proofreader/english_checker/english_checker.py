"""A stand-in English grammar checker for proofreader_test.py: it marks "teh". The test installs
it next to gwcheck and configures it behind gwcheck for en-US, as LibreOffice does with a checker
installed after gwcheck (LanguageTool)."""
import unohelper
from com.sun.star.lang import Locale, XServiceDisplayName, XServiceInfo
from com.sun.star.linguistic2 import ProofreadingResult, SingleProofreadingError, XProofreader
from com.sun.star.text.TextMarkupType import PROOFREADING

IMPLEMENTATION = "org.gwcheck.test.EnglishChecker"
SERVICE = "com.sun.star.linguistic2.Proofreader"


class EnglishChecker(unohelper.Base, XProofreader, XServiceInfo, XServiceDisplayName):
    def __init__(self, ctx, *args):
        self.ctx = ctx

    def getImplementationName(self):
        return IMPLEMENTATION

    def supportsService(self, name):
        return name == SERVICE

    def getSupportedServiceNames(self):
        return (SERVICE,)

    def getServiceDisplayName(self, locale):
        return "gwcheck test: English checker"

    def getLocales(self):
        return (Locale("en", "US", ""),)

    def hasLocale(self, locale):
        return locale.Language == "en" and locale.Country == "US"

    def isSpellChecker(self):
        return False

    def doProofreading(self, doc_id, text, locale, start, suggested_end, properties):
        result = ProofreadingResult()
        result.aDocumentIdentifier = doc_id
        result.aText = text
        result.aLocale = locale
        result.nStartOfSentencePosition = start
        result.nBehindEndOfSentencePosition = len(text)
        result.nStartOfNextSentencePosition = len(text)
        result.xProofreader = self
        at = text.find("teh", start)
        if at >= 0:
            error = SingleProofreadingError()
            error.nErrorStart = at
            error.nErrorLength = 3
            error.nErrorType = PROOFREADING
            error.aRuleIdentifier = "TEST_TEH"
            error.aShortComment = error.aFullComment = "teh"
            error.aSuggestions = ("the",)
            result.aErrors = (error,)
        return result

    def ignoreRule(self, rule, locale):
        pass

    def resetIgnoreRules(self):
        pass


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(EnglishChecker, IMPLEMENTATION, (SERVICE,))
