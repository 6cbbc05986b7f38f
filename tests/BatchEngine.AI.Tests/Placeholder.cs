namespace BatchEngine.AI.Tests; internal static class Placeholder;
