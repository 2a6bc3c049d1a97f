window.dtStory=window.dtStory||{};dtStory.loaded=Date.now();
