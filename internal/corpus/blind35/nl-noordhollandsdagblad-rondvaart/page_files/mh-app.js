window.mh=window.mh||{};mh.article={id:'91838207'};
