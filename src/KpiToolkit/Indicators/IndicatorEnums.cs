namespace KpiToolkit.Indicators;

/// <summary>What kind of number an indicator is, which decides how it is stored and shown.</summary>
public enum IndicatorUnit
{
    /// <summary>A rate stored as a fraction (0.0453) and shown as a percentage (4.53 %).</summary>
    Fraction,

    /// <summary>A whole number of things: impressions, followers, articles.</summary>
    Count,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>A plain ratio shown as a number, such as frequency (impressions per person reached) or ROAS.</summary>
    Ratio,

    /// <summary>How many times something happens per reporting period, such as posts per week.</summary>
    PerPeriod,
}

/// <summary>Which direction of an indicator is good news.</summary>
public enum Polarity
{
    /// <summary>A larger value is better, as for reach or engagement rate.</summary>
    HigherIsBetter,

    /// <summary>A smaller value is better, as for the unsubscribe rate or the cost per acquisition.</summary>
    LowerIsBetter,
}

/// <summary>The family of an indicator, used to group a dashboard.</summary>
public enum IndicatorCategory
{
    /// <summary>Growing the audience: followers, visitors.</summary>
    Acquisition,

    /// <summary>Being seen: impressions, reach, mentions, share of voice.</summary>
    Visibility,

    /// <summary>How the audience reacts: engagement rate, interactions.</summary>
    Engagement,

    /// <summary>Keeping the audience: churn, unsubscribes, returning visitors.</summary>
    Retention,

    /// <summary>Turning attention into action: conversion rates.</summary>
    Conversion,

    /// <summary>Money in and out: cost, revenue, return on investment.</summary>
    Financial,

    /// <summary>E-mail campaigns: delivery, opens, clicks.</summary>
    Email,
}

/// <summary>Who publishes what an indicator measures.</summary>
public enum MediaType
{
    /// <summary>What the company publishes on its own channels: its accounts, blog, newsletter.</summary>
    Owned,

    /// <summary>What others publish about the company for free: mentions, reviews, press articles.</summary>
    Earned,

    /// <summary>What the company pays to show: ads and sponsored posts.</summary>
    Paid,
}
