window.ESH=window.ESH||{};ESH.paywall={site:'laliberte',mode:'premium'};
