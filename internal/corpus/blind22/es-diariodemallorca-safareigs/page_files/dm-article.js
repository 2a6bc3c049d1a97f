window.PI=window.PI||{};PI.site='dm';
