window.mh=window.mh||{};
