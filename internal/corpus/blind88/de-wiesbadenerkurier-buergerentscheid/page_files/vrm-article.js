window.vrm=window.vrm||{};vrm.article={id:"4471902",paywall:"plus",section:"wiesbaden"};
