var HK=HK||{};HK.copyUrl=function(){navigator.clipboard.writeText(location.href)};
