// Conversions between the core's strings (UTF-16 std::u16string, UTF-8 std::string) and
// rtl::OUString. In the SDK's headers sal_Unicode is not char16_t, hence the casts.
#pragma once

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace gwcheck::uno {

// A view of the string's characters, valid while the string lives.
inline std::u16string_view u16view(const rtl::OUString& s)
{
    return {reinterpret_cast<const char16_t*>(s.getStr()), static_cast<std::size_t>(s.getLength())};
}

inline std::u16string u16(const rtl::OUString& s) { return std::u16string(u16view(s)); }

inline rtl::OUString ou(std::u16string_view s)
{
    return rtl::OUString(reinterpret_cast<const sal_Unicode*>(s.data()), static_cast<sal_Int32>(s.size()));
}

inline rtl::OUString ou(std::string_view utf8)
{
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string utf8(const rtl::OUString& s)
{
    const rtl::OString bytes = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

} // namespace gwcheck::uno
