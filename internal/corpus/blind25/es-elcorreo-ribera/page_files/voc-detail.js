window.vocento=window.vocento||{};vocento.detail=1;
