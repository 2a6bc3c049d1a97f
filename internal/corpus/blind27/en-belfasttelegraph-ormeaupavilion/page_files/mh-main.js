window.mh=window.mh||{};mh.article={id:"a1587204396"};
