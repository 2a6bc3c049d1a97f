var ilt=ilt||{};
